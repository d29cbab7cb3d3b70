import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Input, Space, Steps, Upload } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import type {
  ImportDocumentInput,
  ImportDocumentMutation as ImportResult,
} from '../../../graphql/generated/graphql';
import { can } from '../../../lib/permissions';
import { useSession } from '../../auth/hooks/useSession';
import { ImportDepartmentOptionsQuery, ImportDocumentMutation } from '../graphql/import';
import { correctionsOf, type ParseReport, reviewTasks, type UnitEdit } from '../hooks/review';
import { ImportReview } from './ImportReview';

type Result = NonNullable<ImportResult['importDocument']['result']>;
interface Source {
  text: string | null;
  upload: { fileName: string; content: string } | null;
  label: string;
}
/**
 * The wizard's real phases. 解析 and 写入 are one request each (a seed plan takes about 0.1 s to parse and
 * write, see SCHEMA-REQUESTS.md), so the steps themselves are the progress bar: no percentage is invented.
 */
type Phase = 'input' | 'parsing' | 'review' | 'writing' | 'done';
const stepOf: Record<Phase, number> = { input: 0, parsing: 0, review: 1, writing: 2, done: 3 };
const phaseText: Record<Phase, string> = {
  input: '第 1 步,共 4 步:提供文件',
  parsing: '第 1 步,共 4 步:正在解析…',
  review: '第 2 步,共 4 步:核对解析结果',
  writing: '第 3 步,共 4 步:正在写入…',
  done: '第 4 步,共 4 步:导入完成',
};

const accepted = ['.txt', '.html', '.htm', '.docx'];
const MAX_UPLOAD = 5 * 1024 * 1024;

async function readFile(file: File): Promise<Source> {
  const buffer = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < buffer.length; i += 0x8000)
    binary += String.fromCharCode(...buffer.subarray(i, i + 0x8000));
  return { text: null, upload: { fileName: file.name, content: btoa(binary) }, label: file.name };
}

/** A key per confirming request, so a retry after a lost answer does not import twice. */
function newKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${String(Date.now())}-${Math.random().toString(36).slice(2)}`;
}

const outcomeText = (result: Result, title: string) => {
  if (result.outcome === 'UNCHANGED') return `《${title}》与已有版本相同(文本和更正都未变),未新建修订`;
  if (result.outcome === 'REVISED') return `已导入《${title}》,为第 ${String(result.revision)} 版`;
  return `已导入《${title}》`;
};

/** 导入向导: 解析 (paste or upload, dry run) → 核对 (report, source, corrections) → 写入 (import) → 完成. */
export function ImportWizardPage() {
  const { user } = useSession();
  const [phase, setPhase] = useState<Phase>('input');
  const [source, setSource] = useState<Source | null>(null);
  const [jurisdiction, setJurisdiction] = useState('');
  const [report, setReport] = useState<ParseReport | null>(null);
  const [edits, setEdits] = useState<Map<string, UnitEdit>>(() => new Map());
  const [done, setDone] = useState<{ result: Result; corrections: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const confirmKey = useRef<{ request: string; key: string } | null>(null);
  const [importDocument] = useMutation(ImportDocumentMutation);
  const [form] = Form.useForm<{ text: string }>();
  const jurisdictionId = report?.jurisdictionId ?? null;
  const departmentsQuery = useQuery(
    ImportDepartmentOptionsQuery,
    jurisdictionId ? { variables: { jurisdictionId } } : skipToken,
  );
  const departments = useMemo(() => departmentsQuery.data?.departments ?? [], [departmentsQuery.data]);
  const corrections = useMemo(
    () => (report ? correctionsOf(reviewTasks(report, edits, departments), edits) : []),
    [report, edits, departments],
  );

  if (!can(user, 'IMPORT_DOCUMENT')) return <Navigate to="/documents" replace />;

  const input = (from: Source): ImportDocumentInput => ({
    text: from.text,
    upload: from.upload,
    jurisdiction: jurisdiction.trim() || null,
  });

  const parse = async (from: Source) => {
    setSource(from);
    setFailure(null);
    setPhase('parsing');
    try {
      const { data } = await importDocument({ variables: { input: { ...input(from), dryRun: true } } });
      const payload = data?.importDocument;
      const error = payload?.errors[0];
      if (error || !payload?.report) {
        setFailure(error?.message ?? '解析失败,请重试');
        setPhase('input');
        return;
      }
      setReport(payload.report);
      setEdits(new Map());
      setPhase('review');
    } catch (e) {
      setFailure(e instanceof Error ? `解析失败:${e.message}` : '解析失败');
      setPhase('input');
    }
  };

  const confirm = async () => {
    if (!source || !report) return;
    setFailure(null);
    setPhase('writing');
    const request = JSON.stringify([source.label, jurisdiction, corrections]);
    if (confirmKey.current?.request !== request) confirmKey.current = { request, key: newKey() };
    try {
      const { data } = await importDocument({
        variables: { input: { ...input(source), corrections, idempotencyKey: confirmKey.current.key } },
      });
      const payload = data?.importDocument;
      const error = payload?.errors[0];
      if (error || !payload?.result) {
        setFailure(error?.message ?? '导入失败,请重试');
        setPhase('review');
        return;
      }
      setDone({ result: payload.result, corrections: corrections.length });
      setPhase('done');
    } catch (e) {
      // A correction the server refuses (BAD_USER_INPUT) arrives here with its Chinese message; nothing was written.
      setFailure(e instanceof Error ? `导入失败,未写入任何内容:${e.message}` : '导入失败,未写入任何内容');
      setPhase('review');
    }
  };

  const restart = () => {
    setPhase('input');
    setReport(null);
    setEdits(new Map());
    setDone(null);
    setFailure(null);
  };

  const busy = phase === 'parsing' || phase === 'writing';
  const departmentsUnavailable = !report
    ? null
    : !jurisdictionId
      ? `行政区划“${report.jurisdiction ?? ''}”将随导入新建,还没有部门可选:请填写单位名称。`
      : departmentsQuery.error
        ? `部门列表加载失败(${departmentsQuery.error.message}),可填写单位名称。`
        : null;

  return (
    <>
      <PageHeader title="导入政策文件" />
      <Steps
        current={stepOf[phase]}
        status={failure ? 'error' : busy ? 'process' : phase === 'done' ? 'finish' : 'process'}
        style={{ marginBottom: '1rem' }}
        items={[
          { title: '解析', content: phase === 'parsing' ? '正在解析…' : '粘贴或上传文件' },
          { title: '核对', content: '核对并更正单位' },
          { title: '写入', content: phase === 'writing' ? '正在写入…' : '一次事务写入' },
          { title: '完成', content: '查看责任矩阵' },
        ]}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {phaseText[phase]}
      </p>
      {failure && (
        <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: '1rem' }} />
      )}

      {/* Hidden rather than unmounted during the review, so 返回修改 finds the pasted text as it was. */}
      <section className="panel" aria-label="提供文件" hidden={phase !== 'input' && phase !== 'parsing'}>
        <Form
          form={form}
          layout="vertical"
          onFinish={({ text }) => {
            void parse({ text, upload: null, label: '粘贴的文本' });
          }}
        >
          <Form.Item
            label="粘贴文件全文"
            name="text"
            rules={[
              { required: true, whitespace: true, message: '请粘贴文件全文,或上传文件' },
              { min: 50, message: '文本太短,请粘贴完整的文件' },
            ]}
          >
            <Input.TextArea rows={12} placeholder="将实施意见、实施方案的全文粘贴到这里" disabled={busy} />
          </Form.Item>
          <Form.Item label="行政区划(选填,覆盖从文中识别的)" htmlFor="import-jurisdiction">
            <Input
              id="import-jurisdiction"
              value={jurisdiction}
              disabled={busy}
              onChange={(e) => {
                setJurisdiction(e.target.value);
              }}
              placeholder="如:本溪市"
            />
          </Form.Item>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={phase === 'parsing'}>
              解析文本
            </Button>
            <Upload
              accept={accepted.join(',')}
              showUploadList={false}
              disabled={busy}
              beforeUpload={(file) => {
                if (!accepted.some((ext) => file.name.toLowerCase().endsWith(ext))) {
                  setFailure('只支持 .txt、.html、.docx 文件');
                  return false;
                }
                if (file.size > MAX_UPLOAD) {
                  setFailure('文件不能超过 5 MB');
                  return false;
                }
                readFile(file).then(parse, () => {
                  setFailure('无法读取该文件,请重新选择');
                });
                return false;
              }}
            >
              <Button disabled={busy}>上传文件(.txt / .html / .docx)</Button>
            </Upload>
          </Space>
        </Form>
      </section>

      {(phase === 'review' || phase === 'writing') && report && (
        <>
          <ImportReview
            report={report}
            departments={departments}
            departmentsLoading={departmentsQuery.loading}
            departmentsUnavailable={departmentsUnavailable}
            edits={edits}
            onEditsChange={setEdits}
          />
          <div className="import-actions">
            <Space wrap>
              <Button onClick={restart} disabled={busy}>
                返回修改
              </Button>
              <Button type="primary" loading={phase === 'writing'} onClick={() => void confirm()}>
                {corrections.length > 0 ? `确认导入(含 ${String(corrections.length)} 处更正)` : '确认导入'}
              </Button>
              <span className="muted">来源:{source?.label}</span>
            </Space>
          </div>
        </>
      )}

      {phase === 'done' && done && (
        <section className="panel" aria-label="导入完成">
          <Alert
            type="success"
            showIcon
            role="status"
            title={outcomeText(done.result, done.result.document.title)}
          />
          {done.corrections > 0 && <p style={{ marginTop: '1rem' }}>已按 {done.corrections} 处更正写入。</p>}
          <Space style={{ marginTop: '1rem' }} wrap>
            <Link to={`/matrix?documentId=${done.result.document.id}`}>查看并核对责任矩阵</Link>
            <Button onClick={restart}>再导入一份</Button>
          </Space>
        </section>
      )}
    </>
  );
}
