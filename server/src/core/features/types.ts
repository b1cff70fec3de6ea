/** Results of the editing features, in offsets. The language server converts them at its edge. */

export interface TextSpan {
  offset: number;
  length: number;
}

export interface TextEdit extends TextSpan {
  newText: string;
}

/** A failure the user should see (e.g. a rename that would clash), not an exception. */
export interface FeatureError {
  error: string;
}
