import { MigrationInterface, QueryRunner } from 'typeorm';

const ALL = ['STANDARD', 'ENHANCED', 'REGULATED'];
const HIGHER = ['ENHANCED', 'REGULATED'];

// Version 1 of the default VCSE baseline. Never edit: publish a new version in a new migration.
const BASELINE = [
  { key: 'governing_document', title: 'Governing document or constitution', evidenceKind: 'DOCUMENT', requiredForTiers: ALL, validityMonths: null,
    guidance: 'Upload the document that says what your group is for and how it is run: a constitution, set of rules, trust deed or articles of association. An adopted, signed copy is best.' },
  { key: 'safeguarding_lead', title: 'Named safeguarding lead', evidenceKind: 'REFERENCE', requiredForTiers: ALL, validityMonths: 12,
    guidance: 'Give the role (not the personal details) of the person people go to with a safeguarding worry, e.g. "Chair" or "Volunteer coordinator". Confirm it each year.' },
  { key: 'safeguarding_policy', title: 'Safeguarding policy', evidenceKind: 'DOCUMENT', requiredForTiers: ALL, validityMonths: 24,
    guidance: 'Upload your safeguarding policy. It should cover adults, and children too if under-18s take part, say what to do if you are worried about someone, and have been reviewed in the last two years.' },
  { key: 'dbs_checks', title: 'DBS checks', evidenceKind: 'DECLARATION', requiredForTiers: HIGHER, validityMonths: 36,
    guidance: 'Confirm that everyone in a role eligible for a DBS check has one at the right level (enhanced for one-to-one work with adults at risk or children), and that you recheck every three years.' },
  { key: 'public_liability_insurance', title: 'Public liability insurance', evidenceKind: 'DATE', requiredForTiers: ALL, validityMonths: 12,
    guidance: 'Upload your insurance schedule or give the policy number, and enter the date it ends. Most venues and funders expect at least £5 million of cover.' },
  { key: 'employers_liability_insurance', title: "Employers' liability insurance", evidenceKind: 'DATE', requiredForTiers: ['REGULATED'], validityMonths: 12,
    guidance: 'Needed by law if you employ staff. Enter the policy number and the date it ends. Groups run only by volunteers usually do not need it: say so in the reference.' },
  { key: 'health_and_safety', title: 'Health and safety policy and risk assessment', evidenceKind: 'DOCUMENT', requiredForTiers: ALL, validityMonths: 12,
    guidance: 'Upload your health and safety policy and a risk assessment for your activity or venue: what could go wrong, and what you do to prevent it. Review it every year or when things change.' },
  { key: 'data_protection', title: 'Data protection', evidenceKind: 'REFERENCE', requiredForTiers: ALL, validityMonths: 12,
    guidance: 'Give your ICO registration number if you need one (or "exempt"), and link to or describe your privacy notice: what you record about people, why, and how long you keep it.' },
  { key: 'equality_diversity', title: 'Equality and diversity policy', evidenceKind: 'DOCUMENT', requiredForTiers: ALL, validityMonths: 36,
    guidance: 'Upload a short policy saying your group welcomes everyone and how you make your activities accessible.' },
  { key: 'complaints_procedure', title: 'Complaints procedure', evidenceKind: 'DOCUMENT', requiredForTiers: ALL, validityMonths: 36,
    guidance: 'Upload how someone can complain, who deals with it, and how quickly they will hear back.' },
  { key: 'volunteer_recruitment', title: 'Volunteer recruitment and training', evidenceKind: 'DECLARATION', requiredForTiers: HIGHER, validityMonths: 12,
    guidance: 'Confirm that you take up references for volunteers in trusted roles, give them an induction, and train them in safeguarding.' },
  { key: 'first_aid', title: 'First aid arrangements', evidenceKind: 'DECLARATION', requiredForTiers: ALL, validityMonths: 12,
    guidance: 'Confirm there is a first aid kit and someone who knows how to use it at every session, and that you know how to call for help.' },
  { key: 'food_hygiene', title: 'Food hygiene', evidenceKind: 'REFERENCE', requiredForTiers: [], validityMonths: 36,
    guidance: 'Only if you serve food: give your food hygiene rating or certificate reference, or say that the food is prepared by a registered venue.' },
  { key: 'lone_working', title: 'Lone-working policy', evidenceKind: 'DOCUMENT', requiredForTiers: ['ENHANCED', 'REGULATED'], validityMonths: 24,
    guidance: 'Needed for home visits and one-to-one work: how volunteers let someone know where they are and what to do if something goes wrong.' },
];

export class AuditAppendOnlyAndBaselineChecklist1795400000005 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    // The application can only add audit rows; the database itself refuses changes and removals.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()',
    );
    await queryRunner.query('INSERT INTO checklist_templates (name, version, items) VALUES ($1, 1, $2)', ['VCSE baseline', JSON.stringify(BASELINE)]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM checklist_templates WHERE version = 1');
    await queryRunner.query('DROP TRIGGER audit_events_no_truncate ON audit_events');
    await queryRunner.query('DROP TRIGGER audit_events_no_update_or_delete ON audit_events');
    await queryRunner.query('DROP FUNCTION audit_events_append_only()');
  }
}
