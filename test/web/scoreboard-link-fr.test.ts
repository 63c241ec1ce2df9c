import { describe, expect, it } from 'vitest';
import { linkPath, startBoardSkill } from './support/board-skill';

describe('le lien du tableau des scores, en français', () => {
  it("met le lien sur une carte, puis le révoque : la page ne s'ouvre plus", async () => {
    const skill = await startBoardSkill();
    const echo = skill.echo('fr-FR');
    await echo.say('demande à mon baby foot de lancer un match entre Alice et Bob');

    const asked = await echo.say('demande à mon baby foot de me donner le lien du tableau');

    expect(asked.speech).toMatch(/^J'ai mis le lien du tableau des scores dans l'application Alexa\./);
    expect(asked.card?.title).toBe('Tableau des scores du babyfoot');
    expect(asked.card?.content).toMatch(
      /^Vos babyfoots en direct, en lecture seule :\nhttps:\/\/board\.example\.test\/b\//,
    );
    const path = linkPath(asked.card);
    const page = await skill.board.handle({ method: 'GET', path, acceptLanguage: 'fr-FR,fr;q=0.9' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="fr">');
    expect(page.body).toContain('"red":["Alice"]');

    const revoked = await echo.say('demande à mon baby foot de révoquer le lien du tableau');

    expect(revoked.speech).toBe(
      "C'est fait : vos liens du tableau des scores ne marchent plus. Demandez-en un nouveau quand vous voulez.",
    );
    expect((await skill.board.handle({ method: 'GET', path: `${path}/snapshot` })).status).toBe(404);
  });

  it('comprend d’autres tournures, et révoque tous les liens du compte', async () => {
    const skill = await startBoardSkill();
    const echo = skill.echo('fr-CA');
    await echo.say('ouvre mon baby foot');
    const paths: string[] = [];

    for (const phrase of [
      'donne-moi le lien du tableau',
      'envoie moi le tableau des scores',
      'je veux le lien du tableau des scores',
    ]) {
      const turn = await echo.say(phrase);
      expect(turn.card?.content, phrase).toContain('https://board.example.test/b/');
      paths.push(linkPath(turn.card));
    }
    const revoked = await echo.say('supprime les liens du tableau');

    expect(revoked.speech).toMatch(/^C'est fait/);
    for (const path of paths) expect((await skill.board.handle({ method: 'GET', path })).status).toBe(404);
    expect((await echo.say('révoque le lien du tableau')).speech).toBe(
      "Il n'y a aucun lien du tableau à révoquer.",
    );
  });
});
