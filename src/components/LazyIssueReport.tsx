import { lazy, Suspense, type ComponentProps } from "react";

// Most timelines open with no problems to report: the list and its wording load only when there are.
const IssueReport = lazy(() => import("./IssueReport").then((m) => ({ default: m.IssueReport })));

/** IssueReport, loaded when first shown. */
export function LazyIssueReport(props: ComponentProps<typeof IssueReport>) {
  return (
    <Suspense fallback={null}>
      <IssueReport {...props} />
    </Suspense>
  );
}
