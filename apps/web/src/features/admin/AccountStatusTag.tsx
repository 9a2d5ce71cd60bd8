import { Tag } from '../../components/content';

/** Whether an account can be used: disabled, waiting for its holder to set a password, or active. */
export function AccountStatusTag({ user }: { user: { disabled: boolean; mustChangePassword: boolean } }) {
  if (user.disabled) return <Tag colour="grey">Disabled</Tag>;
  if (user.mustChangePassword) return <Tag colour="yellow">Must set a password</Tag>;
  return <Tag colour="green">Active</Tag>;
}
