import type { FormatCallback } from 'html-to-text';

/** Table cells are flattened, one space between them: an SMS has no columns to align. */
export const formatTableCell: FormatCallback = (element, walk, builder) => {
  walk(element.children, builder);
  builder.addInline(' ');
};
