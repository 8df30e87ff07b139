// The annotation request of the CoreNLP server protocol (the project's server and stock servers alike):
//   POST <url>/?properties=<URL-encoded JSON object> with the document text as the body.
// The Content-Type matters: a stock server URL-decodes a body sent as form data or without a type
// ("50%25" would become "50%"), so the text goes as text/plain and character offsets index it exactly.
export type NlpProperties = Record<string, string | number | boolean>;

export interface AnnotationRequest {
  url: string;
  init: RequestInit & { method: 'POST'; body: string };
}

export function annotationRequest(baseUrl: string, text: string, properties: NlpProperties): AnnotationRequest {
  return {
    url: `${baseUrl.replace(/\/+$/, '')}/?properties=${encodeURIComponent(JSON.stringify(properties))}`,
    init: { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text },
  };
}
