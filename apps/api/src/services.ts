import type { DataSource } from 'typeorm';
import { AuthService, type AuthSettings } from './auth/auth.service.js';
import { DepartmentService } from './features/department/department.service.js';
import { ProgressService } from './features/progress/progress.service.js';

/** The feature services of one server; stateless, so one set serves every request and every process. */
export interface Services {
  db: DataSource;
  auth: AuthService;
  departments: DepartmentService;
  progress: ProgressService;
}

export function createServices(db: DataSource, auth: AuthSettings): Services {
  return {
    db,
    auth: new AuthService(db, auth),
    departments: new DepartmentService(db),
    progress: new ProgressService(db),
  };
}
