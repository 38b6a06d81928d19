/**
 * The API writes its messages in English. The ones a patient meets most often are shown in
 * the interface language; any other message is shown as the server wrote it.
 */
const KNOWN: Record<string, () => string> = {
  'The code is wrong or has expired. Ask for a new one.': () =>
    $localize`:@@accounts.server.codeWrong:Код неверный или устарел. Запросите новый.`,
  'Wrong code. Check it and try again.': () =>
    $localize`:@@accounts.server.wrongCode:Неверный код. Проверьте его и попробуйте снова.`,
  'Wrong code. Check the time on your phone and try again.': () =>
    $localize`:@@accounts.server.wrongTotp:Неверный код. Проверьте время на телефоне и попробуйте снова.`,
  'The sign-in has expired. Please enter your email and password again.': () =>
    $localize`:@@accounts.server.challengeExpired:Время на вход истекло. Введите почту и пароль ещё раз.`,
  'Wrong email or password': () =>
    $localize`:@@accounts.server.wrongCredentials:Неверная электронная почта или пароль`,
  'The password is wrong': () => $localize`:@@accounts.server.wrongPassword:Неверный пароль`,
  'This password is too easy to guess. Use a longer phrase of several unrelated words, not your name, email or birth date.':
    () =>
      $localize`:@@accounts.server.weakPassword:Такой пароль легко подобрать. Возьмите фразу из нескольких не связанных между собой слов — не имя, не почту и не дату рождения.`,
  'The new password must differ from the current one': () =>
    $localize`:@@accounts.server.samePassword:Новый пароль должен отличаться от текущего`,
  'Enter a valid email address': () => $localize`:@@accounts.server.email:Проверьте адрес электронной почты`,
  'This is already your address': () => $localize`:@@accounts.server.sameEmail:Это и так ваш адрес`,
  'Enter the 11-digit SNILS, e.g. 123-456-789 64; check the digits.': () =>
    $localize`:@@accounts.server.snils:Введите 11 цифр СНИЛС, например 123-456-789 64, и проверьте их.`,
  'Enter a real birth date in the past, as YYYY-MM-DD': () =>
    $localize`:@@accounts.server.birthDate:Укажите настоящую дату рождения`,
  'Enter the phone number with the country code, e.g. +7 912 345-67-89': () =>
    $localize`:@@accounts.server.phone:Номер с кодом страны, например +7 912 345-67-89`,
  'Consent to the processing of personal data is required': () =>
    $localize`:@@accounts.server.consent:Без согласия на обработку персональных данных мы не можем создать личный кабинет`,
  'Start the authenticator app setup first.': () =>
    $localize`:@@accounts.server.totpNotStarted:Сначала начните подключение приложения заново.`,
  'Your session has ended. Please sign in again.': () =>
    $localize`:@@accounts.server.sessionEnded:Сеанс завершён. Войдите снова.`,
};

export function localizeServerMessage(message: string): string {
  return KNOWN[message]?.() ?? message;
}
