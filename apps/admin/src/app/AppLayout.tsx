import { MenuOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout, useSession } from '../features/auth/hooks/useSession';
import { visibleNavItems } from './navigation';

const roleLabel = { ADMIN: '管理员', MEMBER: '成员单位', VIEWER: '只读' } as const;

function Loading() {
  return (
    <div role="status" style={{ padding: '3rem', textAlign: 'center' }}>
      <Spin description="正在加载…" />
    </div>
  );
}

/**
 * The frame of every screen after login: skip link, banner, navigation, main. Plain elements styled in
 * global.css rather than antd Layout/Menu/Drawer: they keep the entry chunk small and the landmarks exact.
 */
export function AppLayout() {
  const { user, loading } = useSession();
  const [logout, loggingOut] = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);

  if (loading) return <Loading />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <header className="app-header">
        <Button
          className="nav-toggle"
          icon={<MenuOutlined aria-hidden />}
          aria-controls="main-nav"
          aria-expanded={navOpen}
          onClick={() => {
            setNavOpen((open) => !open);
          }}
        >
          导航菜单
        </Button>
        <span className="app-brand">联席会议工作平台</span>
        <span className="app-user">
          {user.displayName}({user.department?.name ?? user.jurisdiction?.name ?? '全部辖区'} · {roleLabel[user.role]})
        </span>
        <Button
          loading={loggingOut}
          onClick={() => {
            void logout().then(() => navigate('/login'));
          }}
        >
          退出登录
        </Button>
      </header>
      <div className="app-body">
        <nav id="main-nav" aria-label="主导航" className={`app-sider main-nav${navOpen ? ' open' : ''}`}>
          <ul>
            {visibleNavItems(user).map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.to === '/'}
                  onClick={() => {
                    setNavOpen(false);
                  }}
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
            <li>
              {/* The API serves its own playground; leaving the app for it is intended. */}
              <a href="/graphql" target="_blank" rel="noreferrer">
                GraphQL 调试台<span className="visually-hidden">(在新窗口打开)</span>
              </a>
            </li>
          </ul>
        </nav>
        <main id="main" className="app-main" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
