import { zhCN } from './zh-CN';

/** The sections first-load scripts read, alone: a page's script carries only its own texts. */
export { sampleStrings } from './zh-CN';

/** The shape every locale's table has. */
export type UiStrings = typeof zhCN;

/** The portal's texts: Simplified Chinese, the only locale asked for so far. */
export const strings: UiStrings = zhCN;
