## Supported decision-making (issue 13): whose words, disagreement, sessions.

said-legend = Kenen sanat nämä ovat?
said-choice-own = Hänen omat sanansa
said-choice-pictures = Hän kertoi kuvien avulla
said-choice-questions = Hän vastasi kysymyksiin
said-choice-interpreting = Läheinen kertoi, mitä hän tarkoittaa
said-choice-note = Minun oma huomioni
said-line = { $how ->
        [note] { $name } kirjoitti tämän. Se on hänen oma huomionsa.
       *[other] { $how ->
            [own] Omat sanasi.
            [pictures] Kerroit tämän kuvien avulla.
            [questions] Vastasit kysymyksiin.
           *[interpreting] Läheinen kertoi, mitä tarkoitat.
        } { $role ->
            [client] { "" }
           *[other] { $name } kirjoitti tämän.
        }
    }
disagree-link = En ole samaa mieltä
disagree-title = En ole samaa mieltä
disagree-intro = Joku muu kirjoitti tämän. Kerro, mitä itse ajattelet.
disagree-words = Mitä ajattelet?
disagree-words-hint = Voit myös jättää tämän tyhjäksi.
disagree-button = En ole samaa mieltä
disagree-shown = Ei samaa mieltä:
error-disagree-long = Tekstisi on liian pitkä. Lyhennä sitä vähän.
error-disagree-changed = Joku muutti tätä juuri. Lue se ja kokeile uudelleen.
supported-intro = Voitte aloittaa keskustelun tuen kanssa. Silloin näet aina, kenen sanoja vastaus on.
supported-start = Aloita keskustelu tuen kanssa
supported-on = Keskustelu tuen kanssa on nyt käynnissä.
supported-on-hint = Jokaisessa vastauksessa näkyy, kenen sanoja se on.
supported-end = Lopeta keskustelu
supported-record-title = Keskustelut tuen kanssa
supported-record-intro = Tässä näet, kuka oli mukana. Näet myös, kenen sanoja vastaukset ovat.
supported-record-none = Sinulla ei ole vielä keskusteluja tuen kanssa.
supported-record-who = Mukana oli { $name }.
supported-record-ended = { $how ->
        [press] Joku lopetti keskustelun napilla.
        [idle] Keskustelu loppui, koska kukaan ei jatkanut sitä.
       *[going] Keskustelu on vielä käynnissä.
    }
supported-record-count = { $count ->
        [0] Keskustelussa ei tullut vastauksia.
        [one] Keskustelussa tuli yksi vastaus.
       *[other] Keskustelussa tuli { $count } vastausta.
    }
