/** A juror's score tab: see layout.ts for how it looks. */
export * from './layout';
export { identifyTab, parseJurorTab, recusalCell, scoreCell } from './read';
export {
  differs,
  firstDifference,
  jurorTabName,
  renderJurorTab,
  tabProtection,
  type TabPlan,
} from './render';
export {
  copyFits,
  isBlankCopy,
  isTemplate,
  isTemplateName,
  TEMPLATE_MARK,
  templateName,
  templateOf,
} from './template';
