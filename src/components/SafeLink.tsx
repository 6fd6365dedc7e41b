import { isHttpUrl } from "../domain/vocabulary";

/** A link from data: only http(s) ever becomes clickable; anything else is shown as plain text. */
export function SafeLink({ href, children }: { href?: string; children: React.ReactNode }) {
  if (!href || !isHttpUrl(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
