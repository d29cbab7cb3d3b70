import { Alert, Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import type { AssignmentRole } from '../../../graphql/generated/graphql';
import { roleLabel } from '../../../lib/domain';
import {
  type DepartmentOption,
  type ReviewTask,
  type ReviewUnit,
  targetProblem,
  type UnitTarget,
} from '../hooks/review';

const roles: AssignmentRole[] = ['LEAD', 'SUPPORT', 'LOCAL'];

interface Values {
  mode: 'existing' | 'new';
  departmentId?: string;
  name?: string;
  role: AssignmentRole;
}

export interface UnitEditorProps {
  task: ReviewTask;
  /** The unit corrected; null to add one. */
  unit: ReviewUnit | null;
  departments: readonly DepartmentOption[];
  departmentsLoading: boolean;
  /** Why no department can be chosen (a jurisdiction the import creates, or the list failed), or null. */
  departmentsUnavailable: string | null;
  onSave: (target: UnitTarget, role: AssignmentRole) => void;
  onRemove: () => void;
  onRevert: () => void;
  onCancel: () => void;
}

/**
 * Corrects one unit of one task, or adds one: which department it is (one of the jurisdiction's, or a name that
 * the import matches or creates) and its role. Validated before it is kept: a name, no unit twice on a task.
 */
export function UnitEditor({
  task,
  unit,
  departments,
  departmentsLoading,
  departmentsUnavailable,
  onSave,
  onRemove,
  onRevert,
  onCancel,
}: UnitEditorProps) {
  const [form] = Form.useForm<Values>();
  // Undefined on the first render, before the form holds its initial values.
  const mode = Form.useWatch('mode', form) as Values['mode'] | undefined;
  const canChoose = departmentsUnavailable === null;
  const initial: Values = {
    mode: canChoose && unit?.departmentId !== null ? 'existing' : 'new',
    ...(unit?.departmentId ? { departmentId: unit.departmentId } : {}),
    ...(unit ? { name: unit.name } : {}),
    role: unit?.role ?? 'SUPPORT',
  };
  const title = unit ? `更正责任单位:${unit.name}` : `添加责任单位`;

  const targetOf = (values: Partial<Values>): UnitTarget | null => {
    if (values.mode === 'existing') {
      const department = departments.find((d) => d.id === values.departmentId);
      return department ? { departmentId: department.id, name: department.name } : null;
    }
    return { departmentId: null, name: (values.name ?? '').trim() };
  };
  const clash = (values: Partial<Values>) => {
    const target = targetOf(values);
    return target ? targetProblem(task, target, departments, unit?.key ?? null) : null;
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onCancel}
      destroyOnHidden
      footer={
        <Space wrap>
          {unit?.edit && unit.edit !== 'added' && <Button onClick={onRevert}>撤销更正,恢复原读取结果</Button>}
          {unit && (
            <Button danger onClick={onRemove}>
              {unit.edit === 'added' ? '删除新增的单位' : '移除该单位'}
            </Button>
          )}
          <Button onClick={onCancel}>取消</Button>
          <Button
            type="primary"
            onClick={() => {
              form.submit();
            }}
          >
            保存更正
          </Button>
        </Space>
      }
    >
      <p>
        任务 <strong>{task.label}</strong> {task.heading ?? ''}
        {unit?.original && (
          <>
            <br />
            原文写作“{unit.original.asWritten}”,读作“{unit.original.unit}”({roleLabel(unit.original.role)})
          </>
        )}
      </p>
      <Form<Values>
        form={form}
        name="unit-editor"
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => {
          const target = targetOf(values);
          if (target) onSave(target, values.role);
        }}
      >
        <Form.Item name="mode" label="对应部门">
          <Radio.Group
            options={[
              { value: 'existing', label: '本行政区划已有的部门', disabled: !canChoose },
              { value: 'new', label: '填写名称(没有同名部门时新建)' },
            ]}
          />
        </Form.Item>
        {departmentsUnavailable && (
          <Alert type="info" showIcon title={departmentsUnavailable} style={{ marginBottom: '1rem' }} />
        )}
        {(mode ?? initial.mode) === 'existing' ? (
          <Form.Item
            name="departmentId"
            label="已有部门"
            dependencies={['mode']}
            rules={[
              { required: true, message: '请选择部门' },
              {
                validator: (_, value: string | undefined) => {
                  const problem = value ? clash({ mode: 'existing', departmentId: value }) : null;
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              },
            ]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={departmentsLoading}
              placeholder="输入名称查找部门"
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
              notFoundContent={departmentsLoading ? '正在加载部门…' : '没有找到部门'}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="name"
            label="单位名称"
            extra="与已有部门的名称或别称相同时归入该部门,否则导入时新建。"
            rules={[
              {
                validator: (_, value: string | undefined) => {
                  const problem = clash({ mode: 'new', name: value ?? '' });
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              },
            ]}
          >
            <Input maxLength={60} placeholder="如:区市场监督管理局" autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Radio.Group options={roles.map((role) => ({ value: role, label: `${roleLabel(role)}单位` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
