import { MigrationInterface, QueryRunner } from 'typeorm';

// Taxonomy version 1. Codes are stable and never reused; a later migration may relabel a term
// (bumping its version) or add terms, never change a code.
const TERMS: Record<'NEED' | 'ACCESSIBILITY' | 'CATEGORY', [string, string][]> = {
  NEED: [
    ['loneliness', 'Loneliness and isolation'],
    ['mental_health', 'Low-level mental health'],
    ['long_term_conditions', 'Long-term conditions'],
    ['physical_activity', 'Physical activity'],
    ['money_and_debt', 'Money and debt'],
    ['housing', 'Housing'],
    ['employment_and_skills', 'Employment and skills'],
    ['carers', 'Carers'],
    ['bereavement', 'Bereavement'],
    ['relationships', 'Relationships'],
    ['digital_inclusion', 'Digital inclusion'],
    ['food', 'Food'],
    ['mobility_and_transport', 'Mobility and transport'],
    ['arts_and_creativity', 'Arts and creativity'],
    ['nature', 'Nature and the outdoors'],
  ],
  ACCESSIBILITY: [
    ['wheelchair', 'Wheelchair access'],
    ['step_free', 'Step-free access'],
    ['accessible_toilet', 'Accessible toilet'],
    ['changing_places', 'Changing Places toilet'],
    ['hearing_loop', 'Hearing loop'],
    ['bsl', 'British Sign Language'],
    ['large_print', 'Large print or easy read'],
    ['quiet_space', 'Quiet space'],
    ['dementia_friendly', 'Dementia friendly'],
    ['parking', 'Parking'],
    ['public_transport', 'Near public transport'],
    ['assistance_dogs', 'Assistance dogs welcome'],
  ],
  CATEGORY: [
    ['advice_and_guidance', 'Advice and guidance'],
    ['natural_world', 'Natural world'],
    ['arts_and_creativity', 'Arts and creativity'],
    ['sport_and_exercise', 'Sport and exercise'],
    ['social_groups', 'Social groups'],
    ['learning_and_skills', 'Learning and skills'],
    ['health_and_wellbeing', 'Health and wellbeing'],
    ['support_groups', 'Peer support groups'],
    ['food_and_cooking', 'Food and cooking'],
    ['volunteering', 'Volunteering'],
    ['faith_and_culture', 'Faith and culture'],
  ],
};

export class SearchVersionAndTaxonomies1795400000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    // One sequence orders every change that search shows, across all documents.
    await queryRunner.query('CREATE SEQUENCE search_version_seq');
    for (const [kind, terms] of Object.entries(TERMS)) {
      for (const [index, [code, label]] of terms.entries()) {
        await queryRunner.query(
          'INSERT INTO taxonomy_terms (kind, code, label, sort_order, version) VALUES ($1, $2, $3, $4, 1)',
          [kind, code, label, index + 1],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM taxonomy_terms WHERE version = 1');
    await queryRunner.query('DROP SEQUENCE search_version_seq');
  }
}
