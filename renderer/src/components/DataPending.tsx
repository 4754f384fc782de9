/** What a page shows until its data is there: the German reason it could not be loaded, or that it loads. */
export function DataPending({ error }: { error: string | null }) {
  if (error) {
    return (
      <p className="alert error" role="alert">
        {error}
      </p>
    );
  }
  return <p className="loading">Lädt …</p>;
}
