## The personal-budget path (issue 14): the stages, the explanation page, earlier periods.

path-title = Var min plan är nu
path-now = Din plan är nu här:
path-next = Nästa steg:
path-next-on = Dag: { $date }
path-stage-writing = Jag skriver min plan.
path-stage-worker-reads = Min arbetare läser min plan.
path-stage-group = En grupp tittar på min plan.
path-stage-decided = Beslutet är klart.
path-stage-in-use = Jag använder min budget.
path-stage-follow-up = Uppföljning: vi pratar om hur det har gått.
path-stage-ended = Tiden tar slut. Jag gör en ny plan.
path-text-writing = Du skriver vilket liv du vill ha. Du berättar vilken hjälp du behöver. Du kan skriva tillsammans med någon.
path-text-worker-reads = Din arbetare läser din plan. Hen frågar om något är oklart.
path-text-group = Ibland tittar en grupp på planen. I gruppen finns arbetare. Gruppen ger ett råd.
path-text-decided = Välfärdsområdet fattar ett beslut. I beslutet står hur mycket pengar du får. Beslutet gäller 3–6 månader.
path-text-in-use = Du köper hjälp som du själv väljer. Sopiva visar hur mycket pengar som är kvar.
path-text-follow-up = Du träffar din arbetare minst var tredje månad. Ni pratar om hur det har gått.
path-text-ended = Tiden tar slut. Du gör en ny plan. Du kan börja från den gamla planen.
about-hb-title = Vad är en personlig budget?
about-hb-intro = En personlig budget är pengar för hjälp. Du bestämmer vilken hjälp du får. Med pengarna kan du själv köpa hjälp.
about-hb-path-title = Så här går det till
about-hb-who-title = Vem gör vad
about-hb-who-you = Du skriver planen. Du väljer din hjälp.
about-hb-who-worker = Arbetaren hjälper dig. Hen skriver in beslutet i Sopiva.
about-hb-who-county = Välfärdsområdet fattar beslutet om pengarna.
periods-link = Tidigare beslut om pengar
periods-title = Tidigare beslut om pengar
periods-title-other = Tidigare beslut om pengar: { $name }
periods-intro = Här är alla dina beslut om pengar. Det nyaste är först.
periods-none = Du har inget beslut om pengar ännu.
periods-current = Det här beslutet gäller nu.
periods-dates = Tid: { $start } – { $end }
periods-granted = Du fick { $amount }.
periods-used = Du använde { $amount }.
periods-follow-ups = Möten för uppföljning
periods-follow-up-none = Inga möten.
periods-follow-up-done = { $date }: ni hade ett möte.
periods-follow-up-open = { $date }: inget möte ännu.
periods-wellbeing = Välbefinnande från början till slut
periods-wellbeing-better = { $count ->
    [one] 1 sak blev bättre.
   *[other] { $count } saker blev bättre.
}
periods-wellbeing-same = { $count ->
    [one] 1 sak var likadan.
   *[other] { $count } saker var likadana.
}
periods-wellbeing-worse = { $count ->
    [one] 1 sak blev sämre.
   *[other] { $count } saker blev sämre.
}
worker-path-link = Planens skede och kostnader
worker-path-title = Planens skede: { $name }
worker-path-now = Skede nu
worker-path-none = Inget skede har antecknats ännu.
worker-path-history = Alla skeden
worker-path-event = { $stage } Antecknat av: { $who }, { $when }.
worker-path-event-next = Nästa steg: { $date }.
worker-path-rule = Sopiva, när planen sparades
worker-path-move = Flytta planen till ett skede
worker-path-stage-label = Nytt skede
worker-path-next-on-label = Dag för nästa steg, till exempel 15.1.2027
worker-path-next-on-hint = Inte obligatoriskt. Klienten ser dagen på sin startsida.
worker-path-note-label = Klientstyrningsgruppens rekommendation eller anteckning
worker-path-note-hint = Inte obligatoriskt. Klienten ser inte den här texten.
worker-path-save = Spara skedet
worker-path-saved = Skedet har sparats.
worker-cost-title = Beslut och tidigare arrangemang
worker-cost-intro = Anteckna det tidigare arrangemanget för varje beslut. Det är tjänster och servicesedlar som klienten hade tidigare. Eller en uppskattning av det traditionella sättet. Klienten ser inte dessa uppgifter.
worker-cost-period = { $start } – { $end }: budget { $amount }
worker-cost-none = Inget tidigare arrangemang har antecknats för beslutet.
worker-cost-caption = Personlig budget och tidigare arrangemang
worker-cost-col-month = Per månad
worker-cost-col-period = Hela perioden ({ $months ->
    [one] 1 månad
   *[other] { $months } månader
})
worker-cost-row-budget = Personlig budget
worker-cost-row-earlier = Tidigare arrangemang
worker-cost-row-difference = Skillnad, budget minus tidigare
worker-cost-what = Tjänst eller servicesedel
worker-cost-kind = Typ av uppgift
worker-cost-kind-before = Klienten hade tidigare
worker-cost-kind-estimate = Uppskattning av det traditionella sättet
worker-cost-monthly = Kostnad per månad i euro
worker-cost-add = Lägg till en tidigare tjänst
worker-cost-save = Spara raden
worker-cost-saved = Raden har sparats.
worker-cost-next-decision = Anteckna nästa beslut
