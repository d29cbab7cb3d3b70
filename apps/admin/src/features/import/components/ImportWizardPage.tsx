import { useMutation } from '@apollo/client/react';
import { Alert, Button, Descriptions, Form, Input, Progress, Space, Steps, Tag, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import type { ImportDocumentMutation as ImportResult } from '../../../graphql/generated/graphql';
import { can } from '../../../lib/permissions';
import { useSession } from '../../auth/hooks/useSession';
import { ImportDocumentMutation } from '../graphql/import';
import { highlightSource } from '../hooks/highlight';

type Report = NonNullable<ImportResult['importDocument']['report']>;
interface Source {
  text: string | null;
  upload: { fileName: string; content: string } | null;
  /** What the review shows: the pasted text, or a .txt/.html file read as text; a .docx has no preview. */
  preview: string | null;
}

const accepted = ['.txt', '.html', '.htm', '.docx'];

async function readFile(file: File): Promise<Source> {
  const buffer = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < buffer.length; i += 0x8000) binary += String.fromCharCode(...buffer.subarray(i, i + 0x8000));
  const isDocx = file.name.toLowerCase().endsWith('.docx');
  const text = isDocx ? null : new TextDecoder('utf-8').decode(buffer);
  const preview = text && /\.html?$/i.test(file.name) ? new DOMParser().parseFromString(text, 'text/html').body.textContent : text;
  return { text: null, upload: { fileName: file.name, content: btoa(binary) }, preview };
}

/** 导入向导: paste or upload → parse report (dry run) with the source highlighted → confirm → import. */
export function ImportWizardPage() {
  const { user } = useSession();
  const [step, setStep] = useState(0);
  const [source, setSource] = useState<Source | null>(null);
  const [jurisdiction, setJurisdiction] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [imported, setImported] = useState<{ id: string; title: string; created: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [importDocument, { loading }] = useMutation(ImportDocumentMutation);
  const [form] = Form.useForm<{ text: string }>();
  const segments = useMemo(
    () => (report && source?.preview ? highlightSource(source.preview, report.unitsMatched, report.unitsNew) : []),
    [report, source],
  );

  if (!can(user, 'IMPORT_DOCUMENT')) return <Navigate to="/documents" replace />;

  const run = async (from: Source, dryRun: boolean) => {
    setFailure(null);
    try {
      const { data } = await importDocument({
        variables: { input: { text: from.text, upload: from.upload, dryRun, jurisdiction: jurisdiction.trim() || null } },
      });
      const payload = data?.importDocument;
      if (payload?.errors[0]) {
        setFailure(payload.errors[0].message);
        return;
      }
      if (dryRun) {
        setReport(payload?.report ?? null);
        setStep(1);
      } else if (payload?.result) {
        setImported({ ...payload.result.document, created: payload.result.created });
        setStep(2);
      }
    } catch (e) {
      setFailure(e instanceof Error ? `导入失败:${e.message}` : '导入失败');
    }
  };

  return (
    <>
      <PageHeader title="导入政策文件" />
      <Steps
        current={step}
        style={{ marginBottom: '1.5rem' }}
        items={[{ title: '提供文件' }, { title: '核对解析结果' }, { title: '完成' }]}
      />
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: '1rem' }} />}
      {step === 0 && (
        <section className="panel" aria-label="提供文件">
          <Form
            form={form}
            layout="vertical"
            onFinish={({ text }) => {
              const next = { text, upload: null, preview: text };
              setSource(next);
              void run(next, true);
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
              <Input.TextArea rows={12} placeholder="将实施意见、实施方案的全文粘贴到这里" />
            </Form.Item>
            <Form.Item label="行政区划(选填,覆盖从文中识别的)" htmlFor="import-jurisdiction">
              <Input id="import-jurisdiction" value={jurisdiction} onChange={(e) => { setJurisdiction(e.target.value); }} placeholder="如:本溪市" />
            </Form.Item>
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={loading}>
                解析文本
              </Button>
              <Upload
                accept={accepted.join(',')}
                showUploadList={false}
                beforeUpload={(file) => {
                  if (!accepted.some((ext) => file.name.toLowerCase().endsWith(ext))) {
                    setFailure('只支持 .txt、.html、.docx 文件');
                    return false;
                  }
                  if (file.size > 5 * 1024 * 1024) {
                    setFailure('文件不能超过 5 MB');
                    return false;
                  }
                  void readFile(file).then((next) => {
                    setSource(next);
                    return run(next, true);
                  });
                  return false;
                }}
              >
                <Button>上传文件(.txt / .html / .docx)</Button>
              </Upload>
            </Space>
          </Form>
        </section>
      )}
      {step === 1 && report && (
        <>
          <section className="panel" aria-labelledby="report-title">
            <h2 id="report-title" className="card-title">解析报告</h2>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 't', label: '标题', children: report.title },
                { key: 'n', label: '文号', children: report.docNumber ?? '无' },
                { key: 'j', label: '行政区划', children: report.jurisdiction ?? '未识别' },
                { key: 'c', label: '任务 / 分工', children: `${report.taskCount} 项任务,${report.assignmentCount} 条分工` },
              ]}
            />
            <p>
              <strong>已匹配的部门({report.unitsMatched.length}):</strong>
              {report.unitsMatched.map((u) => <Tag key={u} color="blue">{u}</Tag>)}
            </p>
            <p>
              <strong>将新建的部门({report.unitsNew.length}):</strong>
              {report.unitsNew.length === 0 ? '无' : report.unitsNew.map((u) => <Tag key={u} color="orange">新 · {u}</Tag>)}
            </p>
            {report.warnings.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={`警告(${report.warnings.length})`}
                description={<ul style={{ margin: 0 }}>{report.warnings.map((w, i) => <li key={`${w.code}-${i}`}>{w.message}</li>)}</ul>}
              />
            )}
            <p className="muted">
              名称读错的单位、角色不对的分工,导入后可在“责任矩阵”中点击单元格更正;同一部门的两个名称可在“部门与成员单位”中合并。
            </p>
          </section>
          {segments.length > 0 && (
            <section className="panel" aria-labelledby="source-title">
              <h2 id="source-title" className="card-title">原文(责任条款与单位已标出)</h2>
              <p className="muted">
                <mark className="hl-clause">责任条款</mark> <mark className="hl-matched">已匹配部门</mark> <mark className="hl-new">将新建部门</mark>
              </p>
              <div className="source-text" tabIndex={0} role="region" aria-label="原文">
                {segments.map((s, i) =>
                  s.kind === 'text' ? <span key={i}>{s.text}</span> : <mark key={i} className={`hl-${s.kind}`}>{s.text}</mark>,
                )}
              </div>
            </section>
          )}
          {loading && <Progress percent={60} status="active" aria-label="正在导入" format={() => '正在写入…'} />}
          <Space>
            <Button onClick={() => { setStep(0); setReport(null); }} disabled={loading}>返回修改</Button>
            <Button type="primary" loading={loading} onClick={() => source && void run(source, false)}>
              确认导入
            </Button>
          </Space>
        </>
      )}
      {step === 2 && imported && (
        <section className="panel" aria-label="导入完成">
          <Progress percent={100} aria-label="导入完成" />
          <Alert
            type="success"
            showIcon
            role="status"
            title={imported.created ? `已导入《${imported.title}》` : `《${imported.title}》与已有版本相同,未新建修订`}
          />
          <p style={{ marginTop: '1rem' }}>
            <Link to={`/matrix?documentId=${imported.id}`}>查看并核对责任矩阵</Link>
          </p>
        </section>
      )}
    </>
  );
}
