import { zhCN } from './zh-CN';

/** The shape every locale's table has. */
export type UiStrings = typeof zhCN;

/** The portal's texts: Simplified Chinese, the only locale asked for so far. */
export const strings: UiStrings = zhCN;
