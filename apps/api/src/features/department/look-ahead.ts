import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { Department } from '@lianxi/domain';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { Context } from '../../context.js';
import { isId } from '../ids.js';
import {
  checkDepartmentTasksArgs,
  departmentTaskConnection,
  departmentTasksKey,
  type DepartmentTasksArgs,
} from './department-tasks.query.js';

/**
 * From the module instance the schema's types come from (CommonJS, see `execution/jit-gateway.ts`): under
 * Vitest, `import 'graphql'` resolves to the ESM copy and its `isObjectType` refuses the schema's types.
 */
const { getArgumentValues, getNamedType, isObjectType, Kind } = createRequire(import.meta.url)(
  'graphql',
) as typeof GraphQL;

/**
 * The arguments of the `tasks` field selected on the department this field returns, when the selection holds
 * exactly one such field and nothing that could make it conditional: fragments are followed, but a `@skip` or
 * `@include` on that field or on any fragment of the selection gives null, as do two `tasks` fields (aliases).
 * Null only means "do not read ahead": the `tasks` resolver then reads its page itself, with the same answer.
 */
function selectedTasksArgs(info: GraphQLResolveInfo): DepartmentTasksArgs | null {
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) ? type.getFields().tasks : undefined;
  if (!field) return null;

  const found: FieldNode[] = [];
  const seen = new Set<string>();
  // false: something conditional lies on the way to a `tasks` field, so reading ahead might read for nothing.
  const visit = (selectionSet: SelectionSetNode | undefined): boolean => {
    for (const selection of selectionSet?.selections ?? []) {
      const conditional = (selection.directives?.length ?? 0) > 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== 'tasks') continue;
        if (conditional) return false;
        found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (conditional || !visit(selection.selectionSet)) return false;
      } else {
        const name = selection.name.value;
        if (conditional) return false;
        if (seen.has(name)) continue;
        seen.add(name);
        if (!visit(info.fragments[name]?.selectionSet)) return false;
      }
    }
    return true;
  };
  for (const node of info.fieldNodes) if (!visit(node.selectionSet)) return null;
  const [only, ...more] = found;
  if (!only || more.length > 0) return null;
  return getArgumentValues(field, only, info.variableValues);
}

/**
 * A department read together with the one page of `tasks` its selection asks for (我的任务, the hot read):
 * the department's row comes in the page's own statement, so the request costs the session and that one
 * statement. `undefined` when it does not read ahead — no `tasks` field, or two, or a `@skip`/`@include` on the
 * way (`selectedTasksArgs`), an id that is not one, or arguments the page would reject, whose error then lands
 * on the `tasks` field as it would without reading ahead. A department `mayRead` refuses is null, and neither
 * it nor its page is handed to the request's loaders.
 */
export async function readDepartmentAhead(
  context: Context,
  id: string,
  info: GraphQLResolveInfo,
  mayRead: (department: Department) => boolean,
): Promise<Department | null | undefined> {
  const args = selectedTasksArgs(info);
  if (!args || !isId(id)) return undefined;
  try {
    checkDepartmentTasksArgs(args);
  } catch {
    return undefined;
  }
  const page = await departmentTaskConnection(context.services.db, id, args, { withDepartment: true });
  const department = page.department;
  if (!department || !mayRead(department)) return null;
  context.loaders.department.prime(id, department);
  context.loaders.departmentTaskPages.set(departmentTasksKey(id, args), page);
  return department;
}
