// Every page's behaviour in one module, loaded once and cached across pages:
// the reference's enhancements, printing, the header's search and theme, and
// the custom elements of the operation pages (a page without them defines them
// and nothing happens). What is heavy comes later, by dynamic import: the
// search dialog and its index, the 在线调试 panel, the samples not in the page
// and the sidebar's whole list of operations.
import './sticky';
import './enhance';
import '../components/ui/print-details';
import '../components/ui/search-boot';
import '../components/ui/theme-toggle';
import '../components/ui/not-found';
import '../components/samples/sample-tabs';
import '../components/nav/site-nav';
import '../components/nav/page-outline';
import '../islands/try-it/element';
