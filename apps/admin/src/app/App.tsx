import { ApolloProvider } from '@apollo/client/react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '../lib/apollo';
import { UiProvider } from './Providers';
import { router } from './router';
import './global.css';

dayjs.locale('zh-cn');

const client = createApolloClient();

export function App() {
  return (
    <UiProvider>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </UiProvider>
  );
}
