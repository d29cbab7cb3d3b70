import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, Descriptions, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { LightBadge } from '../../../components/badges';
import type {
  MyAssignmentFragment,
  ProgressStatus,
  ReportContextQuery,
  ReportFieldsFragment,
} from '../../../graphql/generated/graphql';
import { progressStatusLabel, validateProgressInput, type ProgressProblem } from '../../../lib/domain';
import { AssignmentLatestQuery, ReportProgressMutation } from '../graphql/my-tasks';

export type ReportIndicator = NonNullable<ReportContextQuery['assignment']>['task']['indicators'][number];
export type ReportPeriod = ReportContextQuery['currentPeriod'];

interface ReportValues {
  status: ProgressStatus;
  percent: number | null;
  narrative: string;
  indicators?: Record<string, number | null | undefined>;
}

const statuses: ProgressStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'BLOCKED'];

/** The form field a domain problem belongs under (the form has no period field: the server sets it). */
function problemField(problem: ProgressProblem): ['indicators', string] | ['status' | 'percent' | 'narrative'] {
  if (problem.field === 'indicatorValues') return ['indicators', problem.indicatorId ?? ''];
  if (problem.field === 'period') return ['narrative'];
  return [problem.field];
}

function isConflict(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'CONFLICT')
  );
}

/** 本期:2025年第三季度(截至 2025-09-30,还剩 12 天) — the period the server will stamp the report with. */
function PeriodLine({ period }: { period: ReportPeriod }) {
  const left = period.daysLeft === 0 ? '今天截止' : `还剩 ${period.daysLeft} 天`;
  return (
    <p>
      本期:<strong>{period.label}</strong>(截至 {period.endsOn},{left})
    </p>
  );
}

/**
 * 一分钟填报: status, percent, narrative and indicator values for one assignment. Runs the domain's
 * validateProgressInput before sending, so the server never refuses a form that passed. When someone else
 * reported in between (CONFLICT), shows their report, keeps what this user typed and lets them resubmit.
 */
export function ReportForm({
  assignment,
  indicators,
  period = null,
  onReported,
}: {
  assignment: MyAssignmentFragment;
  /** The indicators of the task's document (Task.indicators): offered as optional values. */
  indicators: readonly ReportIndicator[];
  /** The reporting period the report will belong to (Query.currentPeriod). */
  period?: ReportPeriod | null;
  onReported?: (light: MyAssignmentFragment['light']) => void;
}) {
  const [form] = Form.useForm<ReportValues>();
  const client = useApolloClient();
  const formId = useId();
  const [report, { loading }] = useMutation(ReportProgressMutation);
  /** The latest report this user has seen; sent so the server can detect a report made in between. */
  const [seenLatest, setSeenLatest] = useState<ReportFieldsFragment | null>(assignment.latestReport ?? null);
  const [conflict, setConflict] = useState<ReportFieldsFragment | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [doneLight, setDoneLight] = useState<MyAssignmentFragment['light'] | null>(null);

  const initialValues = useMemo<ReportValues>(() => {
    const latest = assignment.latestReport;
    return {
      status: latest?.status ?? 'IN_PROGRESS',
      percent: latest?.percent ?? 0,
      narrative: '',
      indicators: Object.fromEntries((latest?.indicatorValues ?? []).map((v) => [v.indicatorId, v.value])),
    };
  }, [assignment.latestReport]);

  const submit = async (values: ReportValues) => {
    setFailure(null);
    setDoneLight(null);
    const indicatorValues = Object.entries(values.indicators ?? {})
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
      .map(([indicatorId, value]) => ({ indicatorId, value }));
    const input = {
      status: values.status,
      percent: values.percent ?? Number.NaN,
      narrative: values.narrative,
      indicatorValues,
    };
    const problems = validateProgressInput(input, { indicatorIds: indicators.map((i) => i.id) });
    if (problems.length > 0) {
      form.setFields(problems.map((p) => ({ name: problemField(p), errors: [p.message] })));
      return;
    }
    try {
      const { data } = await report({
        variables: {
          input: {
            assignmentId: assignment.id,
            ...input,
            narrative: input.narrative.trim(),
            expectedLatestReportId: seenLatest?.id ?? null,
          },
        },
      });
      const payload = data?.reportProgress;
      const error = payload?.errors[0];
      if (error) {
        setFailure(error.message);
        return;
      }
      const light = payload?.assignment?.light ?? assignment.light;
      setConflict(null);
      setSeenLatest(payload?.report ?? null);
      setDoneLight(light);
      form.setFieldValue('narrative', '');
      onReported?.(light);
    } catch (error) {
      if (isConflict(error)) {
        const { data } = await client.query({
          query: AssignmentLatestQuery,
          variables: { id: assignment.id },
          fetchPolicy: 'network-only',
        });
        const current = data?.assignment?.latestReport ?? null;
        setConflict(current);
        setSeenLatest(current);
        return;
      }
      setFailure(error instanceof Error ? `提交失败:${error.message}` : '提交失败,请重试。');
    }
  };

  return (
    <Form<ReportValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void submit(values)}
      aria-labelledby={`${formId}-title`}
    >
      <Typography.Title level={3} id={`${formId}-title`} style={{ fontSize: '1.2rem' }}>
        填报进展
      </Typography.Title>
      {period && <PeriodLine period={period} />}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: '1rem' }}
          title="在您填写期间,已有人填报了新的进展"
          description={
            <>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'who', label: '填报人', children: conflict.reportedBy?.displayName ?? '—' },
                  { key: 'status', label: '状态', children: progressStatusLabel(conflict.status) },
                  { key: 'percent', label: '完成进度', children: `${conflict.percent}%` },
                  { key: 'narrative', label: '进展情况', children: conflict.narrative },
                ]}
              />
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                您填写的内容已保留。请对照后修改,再次提交即可。
              </Typography.Paragraph>
            </>
          }
        />
      )}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: '1rem' }} />}
      {doneLight && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: '1rem' }}
          title={
            <span>
              已提交。当前状态:<LightBadge light={doneLight} />
            </span>
          }
        />
      )}
      <Form.Item label="状态" name="status" rules={[{ required: true, message: '请选择状态' }]}>
        <Radio.Group
          optionType="button"
          options={statuses.map((s) => ({ value: s, label: progressStatusLabel(s) }))}
        />
      </Form.Item>
      <Form.Item
        label="完成进度(%)"
        name="percent"
        rules={[{ required: true, message: '请填写完成进度' }]}
      >
        <InputNumber min={0} max={100} precision={0} style={{ width: '10rem' }} suffix="%" />
      </Form.Item>
      <Form.Item
        label="进展情况"
        name="narrative"
        extra="写明本期做了什么、取得什么成效、遇到什么困难。"
      >
        <Input.TextArea rows={4} showCount maxLength={4000} />
      </Form.Item>
      {indicators.length > 0 && (
        <fieldset className="indicator-fieldset">
          <legend>指标数值(选填)</legend>
          <p className="muted">本任务所属文件的目标指标,本期有新数值时填写。</p>
          {indicators.map((indicator) => (
            <Form.Item
              key={indicator.id}
              label={`${indicator.name}${indicator.unit ? `(${indicator.unit})` : ''}`}
              name={['indicators', indicator.id]}
            >
              <InputNumber style={{ width: '12rem' }} />
            </Form.Item>
          ))}
        </fieldset>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={loading}>
          {conflict ? '确认并重新提交' : '提交'}
        </Button>
      </Space>
    </Form>
  );
}
