/** The font chart labels are drawn and measured in: must match `.mark-label` in app.css. */
export const LABEL_FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const LABEL_FONT_PX = 13;
