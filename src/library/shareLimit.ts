/**
 * The longest fragment a share link may carry: 64 KB of text (about 48 KB compressed, a timeline of
 * a few hundred events). Chromium opens far longer addresses (2 MB; tests/e2e/share.e2e.ts opens a
 * link at this limit), but mail, chat and publishing tools often cut long links; past this the
 * reader is pointed to the other routes (a file on a web server, or a build with the data). Kept
 * apart from shareLink.ts so that the Embed dialog can state it without loading that module.
 */
export const MAX_SHARE_FRAGMENT_CHARS = 64 * 1024;
