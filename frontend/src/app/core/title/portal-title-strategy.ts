import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

/** Document titles as "<page> — Клиника · Личный кабинет", from each route's `title`. */
@Injectable()
export class PortalTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const portal = $localize`:@@app.documentTitle:Клиника · Личный кабинет`;
    const page = this.buildTitle(snapshot);
    this.title.setTitle(page ? `${page} — ${portal}` : portal);
  }
}
