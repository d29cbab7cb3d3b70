import { createBrowserRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { NotFoundPage, RouteErrorPage } from './RouteErrorPage';

/**
 * Every screen is its own chunk (route `lazy`), so /login and / load only what they show;
 * charts, exceljs and the import wizard are further split inside their screens.
 */
export const router = createBrowserRouter([
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('../features/auth/components/LoginPage')).LoginPage }),
    ErrorBoundary: RouteErrorPage,
  },
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteErrorPage,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../features/my-tasks/components/HomePage')).HomePage }),
      },
      {
        path: 'overview',
        lazy: async () => ({
          Component: (await import('../features/overview/components/OverviewPage')).OverviewPage,
        }),
      },
      {
        path: 'matrix',
        lazy: async () => ({ Component: (await import('../features/matrix/components/MatrixPage')).MatrixPage }),
      },
      {
        path: 'documents',
        lazy: async () => ({
          Component: (await import('../features/documents/components/DocumentsPage')).DocumentsPage,
        }),
      },
      {
        path: 'documents/import',
        lazy: async () => ({
          Component: (await import('../features/import/components/ImportWizardPage')).ImportWizardPage,
        }),
      },
      {
        path: 'departments',
        lazy: async () => ({
          Component: (await import('../features/departments/components/DepartmentsPage')).DepartmentsPage,
        }),
      },
      {
        path: 'joint-meetings',
        lazy: async () => ({
          Component: (await import('../features/joint-meetings/components/JointMeetingsPage')).JointMeetingsPage,
        }),
      },
      {
        path: 'targets',
        lazy: async () => ({ Component: (await import('../features/targets/components/TargetsPage')).TargetsPage }),
      },
      {
        path: 'compare',
        lazy: async () => ({ Component: (await import('../features/compare/components/ComparePage')).ComparePage }),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
