import { Navigate } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { MyTasksPage } from './MyTasksPage';

/** `/`: a member unit's own duties; users without a department (the office, leaders) start at 总览. */
export function HomePage() {
  const { user } = useSession();
  if (!user?.department) return <Navigate to="/overview" replace />;
  return <MyTasksPage />;
}
