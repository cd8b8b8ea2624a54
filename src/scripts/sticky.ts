// The page script's first act: the sidebar, the outline and the 示例 column become sticky now, after the page's
// first frame (global.css, :root[data-sticky]), which then has no sticky or scrolling layer to raster.
document.documentElement.dataset['sticky'] = '';
