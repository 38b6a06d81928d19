import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ViewportScroller } from '@angular/common';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter, skip } from 'rxjs';
import { Footer } from './core/layout/footer/footer';
import { Header } from './core/layout/header/header';

const STICKY_HEADER_OFFSET_PX = 72;

/**
 * The shell: skip link, header, the routed page in `<main>`, footer.
 * After each in-app navigation (not the first page load, not a jump to a section),
 * focus moves to `<main>` so screen-reader and keyboard users start at the new page.
 */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, Header, Footer],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly injector = inject(Injector);

  constructor() {
    // Sections reached by anchor links stay clear of the sticky header.
    inject(ViewportScroller).setOffset([0, STICKY_HEADER_OFFSET_PX]);
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        filter((event) => !event.urlAfterRedirects.includes('#')),
        takeUntilDestroyed(),
      )
      .subscribe(() =>
        afterNextRender(() => this.main().nativeElement.focus({ preventScroll: true }), {
          injector: this.injector,
        }),
      );
  }

  /**
   * The skip link moves focus itself: a bare `#main-content` href would resolve
   * against `<base href="/ru/">` and load the home page instead.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
