import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Input } from 'antd';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LoginMutation, MeQuery } from '../graphql/session';
import { useSession } from '../hooks/useSession';

/**
 * 登录: the only screen reachable without a session. A plain <form> with antd inputs rather than antd
 * Form: two fields need no form engine, and the first screen stays under its size budget.
 */
export function LoginPage() {
  const { user } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LoginMutation);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ username?: string; password?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  useEffect(() => {
    document.title = '登录 · 联席';
  }, []);

  if (user) return <Navigate to={from} replace />;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = {
      ...(username.trim() === '' ? { username: '请输入用户名' } : {}),
      ...(password === '' ? { password: '请输入密码' } : {}),
    };
    setProblems(found);
    if (found.username) document.getElementById('login-username')?.focus();
    else if (found.password) document.getElementById('login-password')?.focus();
    if (found.username ?? found.password) return;
    try {
      const { data } = await login({ variables: { input: { username: username.trim(), password } } });
      const payload = data?.login;
      if (!payload?.user) {
        setFailure(payload?.errors[0]?.message ?? '登录失败,请重试。');
        return;
      }
      client.writeQuery({ query: MeQuery, data: { me: payload.user } });
      await navigate(from, { replace: true });
    } catch {
      setFailure('无法连接服务器,请检查网络后重试。');
    }
  };

  return (
    <main id="main" className="login-main" tabIndex={-1}>
      <div className="login-card panel">
        <h1 className="login-title">联席会议工作平台</h1>
        <p className="muted">成员单位、联席办和领导请使用分配的账号登录。</p>
        {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: '1rem' }} />}
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <div className="login-field">
            <label htmlFor="login-username" className="field-label">
              用户名
            </label>
            <Input
              id="login-username"
              size="large"
              autoComplete="username"
              autoFocus
              value={username}
              status={problems.username ? 'error' : undefined}
              aria-invalid={Boolean(problems.username)}
              aria-describedby={problems.username ? 'login-username-error' : undefined}
              onChange={(e) => {
                setUsername(e.target.value);
              }}
            />
            {problems.username && (
              <div id="login-username-error" className="field-error">
                {problems.username}
              </div>
            )}
          </div>
          <div className="login-field">
            <label htmlFor="login-password" className="field-label">
              密码
            </label>
            <Input.Password
              id="login-password"
              size="large"
              autoComplete="current-password"
              value={password}
              status={problems.password ? 'error' : undefined}
              aria-invalid={Boolean(problems.password)}
              aria-describedby={problems.password ? 'login-password-error' : undefined}
              onChange={(e) => {
                setPassword(e.target.value);
              }}
            />
            {problems.password && (
              <div id="login-password-error" className="field-error">
                {problems.password}
              </div>
            )}
          </div>
          <Button type="primary" htmlType="submit" size="large" block loading={loading}>
            登录
          </Button>
        </form>
      </div>
    </main>
  );
}
