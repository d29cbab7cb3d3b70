import { Alert, Button, Descriptions } from 'antd';
import type { NoiseRule } from '../../../graphql/generated/graphql';
import type { ParseReport } from '../hooks/review';

const warningLabels: Record<string, string> = {
  EMPTY_TEXT: '文本为空',
  TRUNCATED_TEXT: '文本可能不完整',
  NUMBERING_GAP: '编号不连续',
  NUMBERING_RESTART: '编号重新开始',
  NUMBERING_STYLE: '编号形式不一致',
  CLAUSE_WITHOUT_UNITS: '责任条款中没有单位',
  UNKNOWN_UNIT: '未识别的单位',
  TWO_LEADS: '多个牵头单位',
  NO_TASKS: '未识别出任务',
  NOISE_REMOVED: '已清洗噪声',
  UNLISTED_UNIT: '单位未列出',
  DUPLICATE_PATH: '编号重复',
  DUPLICATE_ASSIGNMENT: '单位重复列出',
  ARCHIVED_DEPARTMENT: '部门已归档',
};

const noiseLabels: Record<NoiseRule, string> = {
  SYMBOL_RUN: '装饰符号',
  REPEATED_TOKEN: '插入的重复字词',
  NAVIGATION: '网页导航',
  FOOTER: '页脚',
  CONTROL_CHARACTER: '控制字符',
  DUPLICATE_LINE: '重复的行',
  WHITESPACE: '多余空白',
};

/** 解析报告: the document, the counts, what cleaning removed, and the warnings linked to their place in the text. */
export function ReportSummary({
  report,
  onShowWarning,
}: {
  report: ParseReport;
  onShowWarning: (index: number) => void;
}) {
  const noise = report.removedNoise.filter((piece) => piece.rule !== 'WHITESPACE');
  const whitespace = report.removedNoise
    .filter((piece) => piece.rule === 'WHITESPACE')
    .reduce((n, p) => n + p.count, 0);
  return (
    <section className="panel" aria-labelledby="report-title">
      <h2 id="report-title" className="card-title">
        解析报告
      </h2>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 't', label: '标题', children: report.title },
          { key: 'n', label: '文号', children: report.docNumber ?? '无' },
          {
            key: 'j',
            label: '行政区划',
            children: report.jurisdiction
              ? `${report.jurisdiction}${report.jurisdictionId ? '' : '(将新建)'}`
              : '未识别',
          },
          {
            key: 'c',
            label: '任务 / 分工',
            children: `${String(report.taskCount)} 项任务,${String(report.assignmentCount)} 条分工`,
          },
          {
            key: 'u',
            label: '责任单位',
            children: `已有部门 ${String(report.unitsMatched.length)} 个,将新建 ${String(report.unitsNew.length)} 个`,
          },
        ]}
      />
      <details className="noise-report">
        <summary>
          清洗删除的内容:
          {noise.length === 0 ? '无噪声' : `${String(noise.reduce((n, p) => n + p.count, 0))} 处`}
          {`,共 ${String(report.removedChars)} 个字符`}
        </summary>
        <ul className="plain-list">
          {noise.map((piece) => (
            <li key={`${piece.rule}:${piece.token}`}>
              {noiseLabels[piece.rule]}:“{piece.token}” × {piece.count}
            </li>
          ))}
          {whitespace > 0 && <li>多余空白 × {whitespace}</li>}
        </ul>
      </details>
      {report.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: '1rem' }}
          title={`警告(${String(report.warnings.length)})`}
          description={
            <ol className="warning-list" aria-label="解析警告">
              {report.warnings.map((warning, i) => (
                <li key={`${warning.code}-${String(i)}`} data-code={warning.code}>
                  <strong>{warningLabels[warning.code] ?? warning.code}</strong>:{warning.message}{' '}
                  {warning.span && (
                    <Button
                      size="small"
                      onClick={() => {
                        onShowWarning(i);
                      }}
                    >
                      在原文中查看(⚠{i + 1})
                    </Button>
                  )}
                </li>
              ))}
            </ol>
          }
        />
      )}
    </section>
  );
}
