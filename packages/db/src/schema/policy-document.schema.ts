import type { PolicyDocument } from '@lianxi/domain';
import {
  createdAt,
  defineTable,
  id,
  nullableText,
  oneOf,
  reference,
  text,
  textArray,
  updatedAt,
} from './columns.js';
import { DOCUMENT_STATUSES } from './enums.js';

export interface PolicyDocumentRow extends PolicyDocument {
  /**
   * What makes two imports the same document in a jurisdiction: `文号:<docNumber>`, or `标题:<title>` when
   * the text has no 文号. A changed text with the same key becomes revision n+1 of this row.
   */
  documentKey: string;
  createdAt: Date;
  updatedAt: Date;
}

/** 政策文件: one row per document; `revision`, `contentHash` and `sourceText` describe the latest import. */
export const PolicyDocumentSchema = defineTable<PolicyDocumentRow>({
  name: 'policy_document',
  columns: {
    id,
    jurisdictionId: reference('jurisdiction_id', 'jurisdiction'),
    documentKey: text('document_key'),
    title: text('title'),
    docNumber: nullableText('doc_number'),
    issuer: nullableText('issuer'),
    issuedOn: { name: 'issued_on', type: 'date', nullable: true },
    status: text('status'),
    validityNote: nullableText('validity_note'),
    cites: textArray('cites'),
    revision: { name: 'revision', type: 'int', default: 1 },
    contentHash: text('content_hash'),
    sourceText: text('source_text'),
    importedAt: { name: 'imported_at', type: 'timestamptz', default: () => 'now()' },
    createdAt,
    updatedAt,
  },
  uniques: [{ name: 'uq_policy_document_key', columns: ['jurisdictionId', 'documentKey'] }],
  checks: [{ name: 'ck_policy_document_status', expression: oneOf('status', DOCUMENT_STATUSES) }],
});
