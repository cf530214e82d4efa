import type { CompareOutput } from '../core/contract/types.js';

/** One report as sent: its text, a page's HTML (a dropped .html file), or a page's address for the server to fetch. */
export type ReportInput = { id: string; date?: string } & (
  { text: string } | { html: string } | { url: string }
);

/** A failure to show the user as it is: it already says what went wrong and what to do. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
}

/** Sends the reports to the local server's `POST /api/compare`. */
export async function compareReports(
  documents: ReportInput[],
  signal?: AbortSignal,
): Promise<CompareOutput> {
  let response: Response;
  try {
    response = await fetch('api/compare', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ documents }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(
      'Cannot reach the crosscheck server. Is "crosscheck serve" still running in its terminal?',
    );
  }
  if (!response.ok) {
    let message = `the server answered ${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { error?: unknown };
      if (typeof body.error === 'string') message = body.error;
    } catch {
      // Not our JSON error (a proxy, say): the status line is all there is.
    }
    throw new ApiProblem(`The reports could not be compared: ${message}.`);
  }
  return (await response.json()) as CompareOutput;
}
