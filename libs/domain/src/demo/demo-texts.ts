// Message templates, one voice per demo account: plausible, harmless, invented. `{ref}` is replaced with a
// reference number that stays the same within one conversation. Brand texts end in punctuation, so a reply
// without a signature really has none the default pattern could pick up.
import { DEMO_ROLES } from './demo-cast.js';

export interface DemoTopic {
  customer: readonly string[];
  brand: readonly string[];
}

export interface DemoVoice {
  topics: readonly DemoTopic[];
  customerFollowUps: readonly string[];
  brandFollowUps: readonly string[];
  announcements: readonly string[];
  announcementComments: readonly string[];
  announcementReplies: readonly string[];
}

const nordbahn: DemoVoice = {
  topics: [
    {
      customer: [
        'Mein Zug nach Seehof hat schon wieder 25 Minuten Verspätung. Was ist da los?',
        'Warum steht mein Zug seit 20 Minuten vor Nordstadt?',
      ],
      brand: [
        'Das tut uns leid! Eine Weichenstörung bremst gerade den Verkehr, wir rechnen mit rund 20 Minuten. Danke für deine Geduld.',
        'Sorry für die Wartezeit. Der Zug musste einen Gegenzug abwarten, die Weiterfahrt ist in Kürze geplant.',
      ],
    },
    {
      customer: [
        'Wie bekomme ich mein Geld für ein doppelt gebuchtes Ticket zurück?',
        'Ich habe mein Ticket zweimal gekauft, Buchung {ref}. Was nun?',
      ],
      brand: [
        'Schick uns bitte die Buchungsnummer per DM, dann erstatten wir den doppelten Betrag.',
        'Danke für die Info! Die Erstattung haben wir angestoßen, das dauert 3 bis 5 Werktage.',
      ],
    },
    {
      customer: [
        'Kann ich am Samstag mein Rad im Zug nach Seehof mitnehmen?',
        'Braucht man fürs Fahrrad eine Reservierung?',
      ],
      brand: [
        'Ja, in den Regionalzügen gibt es Radabteile. Am Wochenende empfehlen wir eine Stellplatzreservierung.',
      ],
    },
    {
      customer: ['Ich habe heute meinen Schal im Zug liegen lassen, gibt es ein Fundbüro?'],
      brand: [
        'Oje! Bitte melde den Verlust über das Fundbüro-Formular auf unserer Website, wir halten die Augen offen.',
      ],
    },
    {
      customer: ['Die App zeigt mir keine Verbindungen mehr an, nur einen weißen Bildschirm.'],
      brand: [
        'Danke für den Hinweis! Bitte aktualisiere die App. Hilft das nicht, schreib uns per DM dein Gerätemodell.',
      ],
    },
    {
      customer: [
        'Danke an das Zugteam heute früh, super freundlich!',
        'Heute alles pünktlich, so macht Pendeln Spaß.',
      ],
      brand: ['Vielen Dank, das geben wir sehr gern an das Team weiter!'],
    },
  ],
  customerFollowUps: [
    'Danke, aber wie lange dauert das noch ungefähr?',
    'Habe ich gemacht, bisher aber keine Antwort.',
    'Ok, und was ist mit meinem Anschlusszug?',
    'Kann ich das auch telefonisch klären?',
  ],
  brandFollowUps: [
    'Wir haben nachgefragt und melden uns gleich mit einem Update.',
    'Danke für deine Geduld! Wir haben deine Nachricht an das zuständige Team weitergeleitet.',
    'Natürlich, unsere Hotline ist täglich von 7 bis 20 Uhr erreichbar.',
  ],
  announcements: [
    'Wegen Bauarbeiten fahren am Wochenende zwischen Nordstadt und Seehof Ersatzbusse. Alle Infos auf unserer Website.',
    'Neu: Der Sommer-Ausflugstarif ist ab heute in der App erhältlich.',
    'Unser Kundenservice ist am Feiertag von 9 bis 15 Uhr für euch da.',
  ],
  announcementComments: ['Gilt das auch für die Verbindung um 7:12?', 'Wo genau fahren die Ersatzbusse ab?'],
  announcementReplies: [
    'Ja, betroffen sind alle Verbindungen in diesem Abschnitt.',
    'Die Ersatzbusse halten direkt vor dem Bahnhofsgebäude, gut ausgeschildert.',
  ],
};

const kaffeeKontor: DemoVoice = {
  topics: [
    {
      customer: [
        'Meine App-Bestellung {ref} war nicht fertig, als ich kam.',
        'Hab online bestellt und 15 Minuten gewartet.',
      ],
      brand: [
        'Das ist ärgerlich, sorry! Schreib uns die Filiale per DM, dann schicken wir dir einen Gutschein.',
      ],
    },
    {
      customer: ['Meine Stempel auf der Kundenkarte sind verschwunden?!'],
      brand: ['Oh nein! Schick uns bitte deine Kartennummer per DM, wir buchen die Stempel nach.'],
    },
    {
      customer: ['Gibt es den Hafer-Flat-White auch in der Filiale am Markt?'],
      brand: ['Ja, alle unsere Filialen bieten Hafermilch ohne Aufpreis an.'],
    },
    {
      customer: ['Habt ihr am Sonntag in der Bahnhofsfiliale offen?'],
      brand: ['Ja, die Bahnhofsfiliale hat sonntags von 8 bis 18 Uhr geöffnet.'],
    },
    {
      customer: [
        'Die Zahlung in der App schlägt immer fehl.',
        'Warum wird meine Karte in der App abgelehnt?',
      ],
      brand: [
        'Danke für die Meldung! Bitte prüfe, ob die App aktuell ist, und schick uns sonst einen Screenshot per DM.',
      ],
    },
    {
      customer: ['Bester Zimtschnecken-Montag ever, danke!', 'Der neue Espresso ist richtig gut.'],
      brand: ['Das freut uns riesig, danke dir!'],
    },
  ],
  customerFollowUps: [
    'Hab euch geschrieben, noch nichts gehört.',
    'Gilt der Gutschein auch in anderen Filialen?',
    'Und wie lange dauert das?',
  ],
  brandFollowUps: [
    'Danke für deine Geduld! Wir schauen uns das gleich an.',
    'Ja, der Gutschein gilt in allen Filialen.',
    'Das sollte innerhalb von zwei Tagen erledigt sein.',
  ],
  announcements: [
    'Der Herbstkaffee ist zurück: ab heute in allen Filialen.',
    'Am Samstag feiert unsere Filiale am Markt Geburtstag. Der erste Espresso geht auf uns!',
    'Neu in der App: Vorbestellen für die Mittagspause.',
  ],
  announcementComments: ['Gibt es den auch entkoffeiniert?', 'Gilt das auch für die App-Bestellung?'],
  announcementReplies: ['Ja, auf Wunsch bereiten wir jede Sorte entkoffeiniert zu.', 'Ja, auch in der App.'],
};

const fernwoodWater: DemoVoice = {
  topics: [
    {
      customer: [
        'My bill doubled this quarter, can someone explain why?',
        'Why was I charged twice for account {ref}?',
      ],
      brand: [
        "Sorry about the confusion. Please DM us your account number and we'll check the meter readings together.",
      ],
    },
    {
      customer: [
        'There is water bubbling up from the pavement on Elm Road.',
        'Looks like a leak outside number 12, Mill Lane.',
      ],
      brand: ["Thanks for letting us know! We've logged it as reference {ref} and a team will visit today."],
    },
    {
      customer: ['Really low water pressure this morning, anyone else?'],
      brand: [
        "Sorry about that. We're repairing a burst main nearby; pressure should be back to normal within a few hours.",
      ],
    },
    {
      customer: ['How do I submit a meter reading online?'],
      brand: [
        "You can submit it in your online account under 'My meter', or DM us the reading and your account number.",
      ],
    },
    {
      customer: ['Tap water looks a bit brown today, is it safe?'],
      brand: [
        'Thanks for checking with us. Please run the cold kitchen tap for a few minutes; if it stays discoloured, DM us your postcode.',
      ],
    },
    {
      customer: ['Great job fixing the pipe so quickly yesterday, thanks!'],
      brand: ["Thank you, we'll pass that on to the crew!"],
    },
  ],
  customerFollowUps: [
    'Thanks, any idea how long it will take?',
    'I did that yesterday but still nothing.',
    'Is there a number I can call instead?',
  ],
  brandFollowUps: [
    "We've chased this up and will update you shortly.",
    "Thanks for bearing with us, we've passed it to the team on site.",
    'Of course, our helpline is open 8am to 8pm every day.',
  ],
  announcements: [
    'Planned works on Mill Lane on Tuesday from 9am: supply may be interrupted for up to 3 hours.',
    'Tip: you can now check live supply updates on our website.',
    'Our helpline has extended opening hours this week.',
  ],
  announcementComments: ['Does this affect Mill Close too?', 'Will you send a text when it is back on?'],
  announcementReplies: [
    'Yes, Mill Close is included in the works.',
    'Yes, we text everyone who has registered for alerts.',
  ],
};

export const DEMO_VOICES: Readonly<Record<string, DemoVoice>> = {
  [DEMO_ROLES.staffRun]: nordbahn,
  [DEMO_ROLES.agencyRun]: kaffeeKontor,
  [DEMO_ROLES.handedOver]: fernwoodWater,
};

export function fillTemplate(template: string, reference: string): string {
  return template.replaceAll('{ref}', reference);
}
