/** Says why a page cannot be changed and what would make it changeable; nothing when it can. */
export function ReadOnlyNotice({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return (
    <p className="alert warning" role="status" data-testid="read-only-notice">
      {reason}
    </p>
  );
}
