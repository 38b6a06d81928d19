import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { Router } from '@angular/router';
import { OutboxMail } from '../core/auth/api-types';
import { generalErrorText, toApiError } from '../core/http/api-error';
import { DevMailApi } from './dev-mail-api';
import { mailBodyForFrame } from './mail-html';

type LoadState = 'loading' | 'ready' | 'unavailable' | 'failed';

/**
 * The development mail outbox: mails the portal "sent" where no SMTP server is configured.
 * Text bodies are shown in a `<pre>`; HTML bodies in a sandboxed `srcdoc` iframe (no scripts,
 * an opaque origin, Angular's HTML sanitizer on the way in). Such a frame inherits the page's
 * CSP, which blocks inline styles, so the HTML is shown unstyled (see {@link mailBodyForFrame}).
 */
@Component({
  selector: 'app-dev-mail',
  imports: [
    DatePipe,
    FormsModule,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
  ],
  templateUrl: './dev-mail.html',
  styleUrl: './dev-mail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevMail {
  private readonly api = inject(DevMailApi);
  private readonly router = inject(Router);

  /** `?to=`: only mails to this address. */
  readonly to = input('');

  protected readonly filter = signal('');
  protected readonly state = signal<LoadState>('loading');
  protected readonly error = signal('');
  protected readonly mails = signal<OutboxMail[]>([]);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly view = signal<'text' | 'html'>('text');
  protected readonly selected = computed(
    () => this.mails().find((mail) => mail.id === this.selectedId()) ?? this.mails().at(0) ?? null,
  );
  protected readonly frameHtml = computed(() => {
    const html = this.selected()?.html;
    return html ? mailBodyForFrame(html) : '';
  });

  constructor() {
    effect(() => {
      this.filter.set(this.to());
      this.load();
    });
  }

  protected load(): void {
    this.state.set('loading');
    this.api.list(this.to()).subscribe({
      next: (mails) => {
        const newestFirst = [...mails].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        this.mails.set(newestFirst);
        this.state.set('ready');
      },
      error: (failure: unknown) => {
        const error = toApiError(failure);
        this.error.set(
          generalErrorText(error, $localize`:@@accounts.devMail.failed:Не удалось загрузить письма.`),
        );
        this.state.set(error.status === 404 ? 'unavailable' : 'failed');
      },
    });
  }

  protected applyFilter(): void {
    const to = this.filter().trim();
    void this.router.navigate([], { queryParams: { to: to || null } });
  }

  protected select(mail: OutboxMail): void {
    this.selectedId.set(mail.id);
    this.view.set(mail.text ? 'text' : 'html');
  }
}
