import type { Kinship, Person, Population, Sex } from './person';
import { PersonFactory } from './person-factory';
import type { Prng } from './prng';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './russian-names';

/**
 * Decides who the clinic's `count` patients are: first the featured people (a man named Фёдор,
 * a woman named Алёна, someone with a double-barrelled name, a mother of twins, an elderly
 * patient with an adult child, a pair of namesakes), then random households: parents with
 * children under 16, elderly people (some with an adult child), single adults.
 */
export function generatePopulation(prng: Prng, seed: number, count: number, onDate: string): Population {
  const builder = new PopulationBuilder(
    new PersonFactory(prng.fork('people'), seed, onDate),
    prng.fork('households'),
    count,
  );
  return builder.build();
}

class PopulationBuilder {
  private readonly people: Person[] = [];
  private readonly kinships: Kinship[] = [];
  private readonly featuredPatients: Person[] = [];
  private child?: Person;
  private parent?: Person;

  constructor(
    private readonly factory: PersonFactory,
    private readonly prng: Prng,
    private readonly count: number,
  ) {}

  build(): Population {
    if (this.room() >= 1) {
      this.feature(this.add({ group: 'adult', sex: 'male', given: 'Фёдор', tags: ['yo'] }));
    }
    if (this.room() >= 1) {
      this.feature(this.add({ group: 'adult', sex: 'female', given: 'Алёна', tags: ['yo'] }));
    }
    if (this.room() >= 1) {
      const familyBase = this.prng.pick(['Римский-Корсаков', 'Соколов-Микитов', 'Петров-Водкин']);
      this.feature(this.add({ group: 'adult', familyBase, tags: ['hyphenated'] }));
    }
    if (this.room() >= 3) {
      this.addTwinsFamily();
    }
    if (this.room() >= 2) {
      this.feature(this.addElderlyWithAdultChild());
    }
    if (this.room() >= 2) {
      this.feature(this.addNamesakes());
    }
    while (this.room() > 0) {
      this.addHousehold();
    }
    return {
      people: this.people,
      kinships: this.kinships,
      featured: { patients: this.featuredPatients, child: this.child, parent: this.parent },
    };
  }

  private room(): number {
    return this.count - this.people.length;
  }

  private feature(person: Person): void {
    this.featuredPatients.push(person);
  }

  private add(spec: Parameters<PersonFactory['make']>[0]): Person {
    return this.addMade(spec).person;
  }

  private addMade(spec: Parameters<PersonFactory['make']>[0]): ReturnType<PersonFactory['make']> {
    const made = this.factory.make(spec);
    this.people.push(made.person);
    return made;
  }

  private addHousehold(): void {
    const roll = this.prng.next();
    if (roll < 0.3 && this.room() >= 2) {
      this.addFamily(this.prng.int(1, Math.min(3, this.room() - 1)));
    } else if (roll < 0.5) {
      if (this.room() >= 2 && this.prng.chance(0.5)) {
        this.addElderlyWithAdultChild();
      } else {
        this.add({ group: 'elderly' });
      }
    } else {
      this.add({ group: 'adult' });
    }
  }

  /** A parent with `children` children under 16 who share the parent's family name and address. */
  private addFamily(children: number): Person[] {
    const parentAge = this.prng.int(25, 50);
    const parent = this.addMade({ group: 'adult', age: parentAge, tags: ['parent'] });
    const father = parent.asFather ?? this.prng.pick(MALE_GIVEN_NAMES);
    const kids: Person[] = [];
    for (let i = 0; i < children; i++) {
      const kid = this.add({
        group: 'child',
        familyBase: parent.familyBase,
        father,
        age: this.prng.int(1, Math.min(15, parentAge - 20)),
        address: parent.person.address,
      });
      this.linkChild(kid, parent.person);
      kids.push(kid);
    }
    return kids;
  }

  /** A mother with twins of one sex: same family name and birth date, different given names. */
  private addTwinsFamily(): void {
    const mother = this.addMade({
      group: 'adult',
      sex: 'female',
      age: this.prng.int(30, 42),
      tags: ['parent'],
    });
    const father = this.prng.pick(MALE_GIVEN_NAMES);
    const birthDate = this.factory.birthDate('child', this.prng.int(5, 11));
    // Same sex, so that the family name has the same form for both.
    const sex = this.randomSex();
    const sexes = [sex, sex];
    const names = sexes.map((sex) =>
      sex === 'male' ? MALE_GIVEN_NAMES.map((name) => name.given) : FEMALE_GIVEN_NAMES,
    );
    const firstGiven = this.prng.pick(names[0]);
    const secondGiven = this.prng.pick(names[1].filter((given) => given !== firstGiven));
    const [first, second] = [firstGiven, secondGiven].map((given, i) =>
      this.add({
        group: 'child',
        sex: sexes[i],
        given,
        familyBase: mother.familyBase,
        father,
        birthDate,
        address: mother.person.address,
        tags: ['twin'],
      }),
    );
    this.linkChild(first, mother.person);
    this.linkChild(second, mother.person);
    this.child = first;
    this.parent = mother.person;
  }

  /** An elderly patient and their adult son or daughter, who is a patient too. */
  private addElderlyWithAdultChild(): Person {
    const elderlyAge = this.factory.age('elderly');
    const elderly = this.addMade({ group: 'elderly', age: elderlyAge, tags: ['elderly-with-relative'] });
    const sex = this.randomSex();
    const keepsFamily = sex === 'male' || this.prng.chance(0.4);
    const child = this.add({
      group: 'adult',
      sex,
      familyBase: keepsFamily ? elderly.familyBase : undefined,
      father: elderly.asFather,
      age: this.prng.int(Math.max(18, elderlyAge - 45), Math.min(69, elderlyAge - 20)),
    });
    this.kinships.push({
      patient: elderly.person,
      relative: child,
      role: sex === 'male' ? 'son' : 'daughter',
    });
    return elderly.person;
  }

  /** Two adults with the same family name, given name, patronymic and birth date. */
  private addNamesakes(): Person {
    const first = this.addMade({ group: 'adult', sex: 'male', tags: ['namesake'] });
    const father = MALE_GIVEN_NAMES.find((name) => name.sonPatronymic === first.person.patronymic);
    this.add({
      group: 'adult',
      sex: 'male',
      familyBase: first.familyBase,
      given: first.person.given,
      father,
      birthDate: first.person.birthDate,
      tags: ['namesake'],
    });
    return first.person;
  }

  private randomSex(): Sex {
    return this.prng.chance(0.5) ? 'male' : 'female';
  }

  private linkChild(child: Person, parent: Person): void {
    this.kinships.push({
      patient: child,
      relative: parent,
      role: parent.sex === 'male' ? 'father' : 'mother',
    });
  }
}
