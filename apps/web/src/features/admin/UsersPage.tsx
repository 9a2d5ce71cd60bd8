import { FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { Loading, NotificationBanner } from '../../components/feedback';
import { Select, TextInput } from '../../components/form-fields';
import { Pagination } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ROLE_NAMES } from '../../app/roles';
import { AccountStatusTag } from './AccountStatusTag';
import { ErrorPanel } from '../pages/StatusPages';
import { longDate } from '../search/format';

const USERS = graphql(`
  query UserList($filter: UserFilterInput) {
    users(filter: $filter) {
      total
      users {
        id
        email
        role
        disabled
        mustChangePassword
        createdAt
        organisations {
          id
          name
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** Every account, filterable by email and role: the administrator's way into each one. */
export function UsersPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const email = params.get('email') ?? '';
  const role = (params.get('role') ?? '') as Role | '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [form, setForm] = useState({ email, role });
  const users = useQuery(USERS, { filter: { email: email || undefined, role: role || undefined, page, pageSize: PAGE_SIZE } });
  const list = users.data?.users;
  const created = params.get('created');

  const search = (event: FormEvent) => {
    event.preventDefault();
    const query = new URLSearchParams(Object.entries(form).filter(([, v]) => v)).toString();
    void navigate(`/admin/users${query ? `?${query}` : ''}`);
  };
  const pageLink = (n: number) => `/admin/users?${new URLSearchParams({ ...(email ? { email } : {}), ...(role ? { role } : {}), page: String(n) }).toString()}`;
  const pages = list ? Math.ceil(list.total / PAGE_SIZE) : 1;

  return (
    <>
      <PageHeading>Users</PageHeading>
      {created && <NotificationBanner success focus heading={`Account created for ${created}`} />}
      <p>
        <Link to="/admin/users/new" className="nhsuk-button nhsuk-u-margin-bottom-0" role="button" draggable="false">
          Add a user
        </Link>
      </p>
      <form onSubmit={search} noValidate className="nhsuk-u-margin-bottom-5" role="search" aria-label="Users">
        <TextInput id="email" label="Email contains" value={form.email} onChange={(value) => setForm({ ...form, email: value })} width="20" />
        <Select
          id="role"
          label="Role"
          value={form.role}
          onChange={(value) => setForm({ ...form, role: value as Role | '' })}
          options={[{ value: '', label: 'Any role' }, ...Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }))]}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0">
          Find users
        </button>
      </form>
      {users.loading && !list && <Loading what="Loading users" />}
      {users.error && <ErrorPanel message={users.error.message} retry={users.refetch} />}
      {list && (
        <>
          <h2 className="nhsuk-heading-m">
            {list.total} {list.total === 1 ? 'user' : 'users'}
          </h2>
          {list.users.length > 0 && (
            <DataTable
              caption="Users"
              captionHidden
              columns={[{ heading: 'Email' }, { heading: 'Role' }, { heading: 'Organisations' }, { heading: 'Added' }, { heading: 'Status' }]}
              rows={list.users.map((u) => [
                <Link key="e" to={`/admin/users/${u.id}`}>
                  {u.email}
                </Link>,
                ROLE_NAMES[u.role],
                u.organisations.map((o) => o.name).join(', ') || '–',
                longDate(u.createdAt),
                <AccountStatusTag key="status" user={u} />,
              ])}
            />
          )}
          <Pagination
            previous={page > 1 ? { to: pageLink(page - 1), label: `Page ${page - 1} of ${pages}` } : undefined}
            next={page < pages ? { to: pageLink(page + 1), label: `Page ${page + 1} of ${pages}` } : undefined}
          />
        </>
      )}
    </>
  );
}
