import { PageHeading } from '../../components/page';

export function AccessibilityPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>Accessibility statement</PageHeading>
        <p>We want as many people as possible to be able to use this service. You should be able to:</p>
        <ul>
          <li>use it with a keyboard alone</li>
          <li>use it with a screen reader</li>
          <li>zoom in up to 400% without text spilling off the screen</li>
          <li>use it on a phone as well as a computer</li>
        </ul>
        <p>We test every page against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, with automated checks on each release.</p>
        <h2 className="nhsuk-heading-m">The map</h2>
        <p>The map shows the same activities as the list beside it. Everything on the map is also in the list.</p>
        <h2 className="nhsuk-heading-m">Reporting a problem</h2>
        <p>If you find a problem using this service, tell your local social prescribing team so that we can fix it.</p>
      </div>
    </div>
  );
}

export function PrivacyPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>Privacy</PageHeading>
        <p>This directory lists community groups and activities. It keeps as little as possible about the people who are connected to them.</p>
        <h2 className="nhsuk-heading-m">People connected to groups</h2>
        <p>
          When a link worker records a connection, the directory keeps which activity, which needs it helps with, and what happened. It does not keep NHS
          numbers, dates of birth or notes about people. A link worker may add their own reference, which is stored only in a scrambled form.
        </p>
        <h2 className="nhsuk-heading-m">Contact details shared with a group</h2>
        <p>
          Only if the person agrees, the link worker may pass the group a first name and one phone number or email address, so the group can get in touch. These
          are kept encrypted. Only that link worker and the group’s leaders can read them, and every time they do it is recorded. They are never in emails,
          reports or open data. They are erased 90 days after the connection ends, or sooner if the link worker or the group erases them.
        </p>
        <h2 className="nhsuk-heading-m">Searches</h2>
        <p>
          Searches are counted to show where activities are missing: the needs searched for and the first part of the postcode, never the full postcode or the
          words typed.
        </p>
        <h2 className="nhsuk-heading-m">Cookies</h2>
        <p>
          When you sign in we set one cookie to keep you signed in. It is needed for the service to work and is removed when you sign out. We do not use cookies
          to track you.
        </p>
      </div>
    </div>
  );
}

/** Where a one-click link from a reminder email leads when it was already used, has expired or was mistyped. */
export function LinkNotValidPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>This link no longer works</PageHeading>
        <p>Links in our reminder emails work once, for 14 days. This one has been used already, has expired, or was not copied in full.</p>
        <p>
          You can still confirm your listings: <a href="/organisations">sign in and go to your organisations</a>, then choose “Confirm all listings are up to
          date”.
        </p>
      </div>
    </div>
  );
}
