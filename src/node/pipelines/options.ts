/** Options every language's pipeline takes. */
export interface PipelineOptions {
  /** The reports' date (YYYY-MM-DD) for relative dates; without it each report's dateline is used. */
  documentDate?: string;
}
