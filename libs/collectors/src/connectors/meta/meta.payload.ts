// The parts of Graph API payloads the Meta connectors read. Everything optional: untrusted, parsed field by field.

export interface GraphPaging {
  cursors?: { before?: string; after?: string };
  next?: string;
  previous?: string;
}

export interface GraphList<T> {
  data?: T[];
  paging?: GraphPaging;
  summary?: { total_count?: number };
}

export interface GraphSummary {
  summary?: { total_count?: number };
}

/** A Page post with the engagement fields the connector asks for (reactions by type via field aliases). */
export interface GraphPost {
  id?: string;
  message?: string;
  created_time?: string;
  permalink_url?: string;
  full_picture?: string;
  /** The Page admin who published the post (needs a Page token with pages_read_engagement). */
  admin_creator?: { id?: string; name?: string };
  attachments?: GraphList<GraphAttachment>;
  shares?: { count?: number };
  reactions?: GraphSummary;
  comments?: GraphSummary & GraphList<GraphComment>;
  like?: GraphSummary;
  love?: GraphSummary;
  wow?: GraphSummary;
  haha?: GraphSummary;
  sad?: GraphSummary;
  angry?: GraphSummary;
  care?: GraphSummary;
  thankful?: GraphSummary;
}

export interface GraphAttachment {
  media?: { image?: { src?: string } };
  subattachments?: GraphList<GraphAttachment>;
}

export interface GraphComment {
  id?: string;
  message?: string;
  created_time?: string;
  from?: { id?: string; name?: string };
  parent?: { id?: string };
  permalink_url?: string;
}

export interface GraphConversation {
  id?: string;
  updated_time?: string;
}

export interface GraphMessage {
  id?: string;
  created_time?: string;
  message?: string;
  from?: { id?: string; name?: string };
  attachments?: GraphList<{ image_data?: { url?: string } }>;
}

export interface GraphError {
  error?: { message?: string; code?: number; error_subcode?: number };
}
