// Generated from the backend OpenAPI document by `npm run api:generate`. Do not edit.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the API process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: PostgreSQL, Redis and the clinic (as last checked by the worker) */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sign-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My sign-ins and failed sign-in attempts, newest first */
        get: operations["SignInHistoryController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register: keeps the data and mails a 6-digit code (the same answer for any address) */
        post: operations["RegistrationController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the email with the code: activates the account and signs in */
        post: operations["RegistrationController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new registration code (the same answer for any address) */
        post: operations["RegistrationController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: tokens, or a two-step challenge */
        post: operations["AuthController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second step of sign-in: emailed code, authenticator code or recovery code */
        post: operations["AuthController_secondStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New access token from the `refresh_token` cookie (which is rotated) */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out this session and clear the cookie */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset code (the same answer for any address) */
        post: operations["PasswordResetController_forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the mailed code; signs out every session */
        post: operations["PasswordResetController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My account and my own profile with its verification status */
        get: operations["MeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my contact phone or language */
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password; signs out my other sessions */
        post: operations["MeController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my sign-in email: a code goes to the new address */
        post: operations["MeController_changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the new email with the code sent to it */
        post: operations["MeController_confirmEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where I am signed in */
        get: operations["SessionsController_list"];
        put?: never;
        post?: never;
        /** Sign out everywhere, this session included */
        delete: operations["SessionsController_revokeAll"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of my sessions */
        delete: operations["SessionsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn on two-step sign-in with codes by email */
        post: operations["TwoFactorController_enableEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up an authenticator app: a secret and its QR code */
        post: operations["TwoFactorController_setupTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the authenticator app on with a code from it; returns 10 recovery codes, once */
        post: operations["TwoFactorController_confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Turn two-step sign-in off */
        delete: operations["TwoFactorController_disable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admins: find an account by email (zero or one result) */
        get: operations["AdminAccountsController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Development only: the newest 50 kept mails, optionally to one address */
        get: operations["DevMailController_list"];
        put?: never;
        post?: never;
        /** Development only: empty the outbox */
        delete: operations["DevMailController_clear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SignInEntryDto: {
            /**
             * Format: date-time
             * @example 2025-11-26T08:15:30.123Z
             */
            at: string;
            /** @example true */
            success: boolean;
            /** @example 203.0.113.7 */
            ip: string | null;
            /**
             * @description Browser and operating system, from the user agent.
             * @example Chrome, Windows
             */
            device: string | null;
            /**
             * @description "local network" for private addresses; "City, Country" when the server has a GeoIP database.
             * @example local network
             */
            place: string | null;
            /**
             * @description Why a failed sign-in failed; null for successful ones.
             * @example null
             */
            reason: string | null;
        };
        SignInHistoryDto: {
            items: components["schemas"]["SignInEntryDto"][];
            /**
             * @description Pass as `cursor` for the next (older) page; null on the last page.
             * @example MTc2NDEwMDAwMDEyMzQ1Ni40Mg
             */
            nextCursor: string | null;
        };
        RegisterDto: {
            /** @example anna.ivanova@example.org */
            email: string;
            /**
             * @description Refused when too easy to guess (zxcvbn score below 3), counting the person’s own names, email and birth date.
             * @example зелёный чайник летит 42
             */
            password: string;
            /** @example Иванова */
            lastName: string;
            /** @example Анна */
            firstName: string;
            /**
             * @description Patronymic, when the person has one
             * @example Сергеевна
             */
            middleName?: string;
            /**
             * Format: date
             * @example 1985-03-15
             */
            birthDate: string;
            /**
             * @example female
             * @enum {string}
             */
            sex: "male" | "female";
            /**
             * @description Stored as E.164 (+79123456789)
             * @example +7 912 345-67-89
             */
            phone?: string;
            /**
             * @description 11 digits; spaces and hyphens are ignored
             * @example 123-456-789 64
             */
            snils?: string;
            /**
             * @description Consent to the processing of personal data (152-FZ); stored with its time and text version
             * @example true
             * @enum {boolean}
             */
            consent: true;
            /**
             * @default ru
             * @example ru
             * @enum {string}
             */
            locale: "ru" | "en";
        };
        AcceptedDto: {
            /** @example If the address can be used, a code has been sent to it. */
            message: string;
        };
        ConfirmRegistrationDto: {
            /** @example anna.ivanova@example.org */
            email: string;
            /** @example 123456 */
            code: string;
        };
        AccessTokenDto: {
            /**
             * @description Send as `Authorization: Bearer …`
             * @example eyJhbGciOiJIUzI1NiJ9…
             */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
        };
        EmailDto: {
            /** @example anna.ivanova@example.org */
            email: string;
        };
        LoginDto: {
            /** @example anna.ivanova@example.org */
            email: string;
            /** @example зелёный чайник летит 42 */
            password: string;
        };
        LoginResultDto: {
            /** @example eyJhbGciOiJIUzI1NiJ9… */
            accessToken?: string;
            /** @example 900 */
            expiresIn?: number;
            /**
             * @example true
             * @enum {boolean}
             */
            twoFactorRequired?: true;
            /**
             * @example email
             * @enum {string}
             */
            method?: "email" | "totp";
            /**
             * @description Valid 5 minutes
             * @example eyJhbGciOiJIUzI1NiJ9…
             */
            challengeToken?: string;
        };
        TwoFactorLoginDto: {
            /**
             * @description From the sign-in answer; valid 5 minutes
             * @example eyJhbGciOiJIUzI1NiJ9…
             */
            challengeToken: string;
            /**
             * @description The emailed code, the authenticator app’s code, or a recovery code (e.g. `k7m2q-9xw4t`)
             * @example 123456
             */
            code: string;
        };
        ResetPasswordDto: {
            /** @example anna.ivanova@example.org */
            email: string;
            /** @example 123456 */
            code: string;
            /** @example зелёный чайник летит 42 */
            newPassword: string;
        };
        MeAccountDto: {
            /**
             * Format: uuid
             * @example 6f1c2a4e-0a51-4a8e-9a5e-3b1b2f6f0c11
             */
            id: string;
            /** @example anna.ivanova@example.org */
            email: string;
            /**
             * @example patient
             * @enum {string}
             */
            role: "patient" | "staff" | "doctor" | "admin";
            /**
             * @example ru
             * @enum {string}
             */
            locale: "ru" | "en";
            /** @example +79123456789 */
            phone: string | null;
            /**
             * @description Two-step sign-in, when on
             * @example null
             * @enum {string|null}
             */
            twoFactor: "email" | "totp" | null;
            /**
             * Format: date-time
             * @example 2026-11-20T09:30:00.000Z
             */
            createdAt: string;
        };
        MeProfileDto: {
            /**
             * Format: uuid
             * @example 0d5b0c9e-3a0e-4f5e-8f57-2a8a2b0e5d10
             */
            id: string;
            /** @example Иванова */
            lastName: string;
            /** @example Анна */
            firstName: string;
            /** @example Сергеевна */
            middleName: string | null;
            /**
             * Format: date
             * @example 1985-03-15
             */
            birthDate: string;
            /**
             * @example female
             * @enum {string}
             */
            sex: "male" | "female";
            /**
             * @example unverified
             * @enum {string}
             */
            verificationStatus: "unverified" | "pending" | "verified" | "failed";
            /**
             * @example null
             * @enum {string|null}
             */
            verificationMethod: "auto" | "code" | null;
            /**
             * @description Why verification failed, for the user
             * @example null
             */
            failureReason: string | null;
        };
        MeDto: {
            account: components["schemas"]["MeAccountDto"];
            profile: components["schemas"]["MeProfileDto"] | null;
        };
        UpdateMeDto: {
            /**
             * @description Stored as E.164; `null` or an empty string removes it
             * @example +7 912 345-67-89
             */
            phone?: string | null;
            /**
             * @example en
             * @enum {string}
             */
            locale?: "ru" | "en";
        };
        ChangePasswordDto: {
            /** @example зелёный чайник летит 42 */
            currentPassword: string;
            /** @example синий велосипед поёт 17 */
            newPassword: string;
        };
        ChangeEmailDto: {
            /** @example зелёный чайник летит 42 */
            password: string;
            /** @example anna.new@example.org */
            newEmail: string;
        };
        CodeDto: {
            /** @example 123456 */
            code: string;
        };
        SessionDto: {
            /**
             * Format: uuid
             * @example 1b7c0f5e-8d2e-4c67-9f0e-5a2c3d4e5f60
             */
            id: string;
            /** @example Mozilla/5.0 (Android 14; Mobile) Firefox/135.0 */
            userAgent: string | null;
            /** @example 203.0.113.7 */
            ip: string | null;
            /**
             * Format: date-time
             * @description Signed in at
             * @example 2026-11-20T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T18:02:11.000Z
             */
            lastUsedAt: string;
            /**
             * @description The session this request was made with
             * @example true
             */
            current: boolean;
        };
        PasswordDto: {
            /** @example зелёный чайник летит 42 */
            password: string;
        };
        TotpSetupDto: {
            /**
             * @description Base32, for typing in by hand
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
            /** @example otpauth://totp/Clinic%20portal:anna%40example.org?issuer=Clinic%20portal&secret=…&algorithm=SHA1&digits=6&period=30 */
            otpauthUrl: string;
            /**
             * @description The otpauth URL as a QR code image
             * @example data:image/png;base64,iVBORw0KGgo…
             */
            qrDataUrl: string;
        };
        RecoveryCodesDto: {
            /**
             * @example [
             *       "k7m2q-9xw4t",
             *       "p3n8v-c2h6r"
             *     ]
             */
            recoveryCodes: string[];
        };
        AdminAccountDto: {
            /**
             * Format: uuid
             * @example 6f1c2a4e-0a51-4a8e-9a5e-3b1b2f6f0c11
             */
            id: string;
            /** @example anna.ivanova@example.org */
            email: string;
            /**
             * @example patient
             * @enum {string}
             */
            role: "patient" | "staff" | "doctor" | "admin";
            /**
             * @example active
             * @enum {string}
             */
            status: "pending" | "active" | "disabled";
            /**
             * @example null
             * @enum {string|null}
             */
            twoFactor: "email" | "totp" | null;
            /**
             * Format: date-time
             * @example null
             */
            lockedUntil: string | null;
            /**
             * Format: date-time
             * @example 2026-11-20T09:30:00.000Z
             */
            createdAt: string;
        };
        DevMailDto: {
            /**
             * Format: uuid
             * @example 1b4e28ba-2fa1-11d2-883f-0016d3cca427
             */
            id: string;
            /** @example anna@example.org */
            to: string;
            /** @example Код подтверждения регистрации — Клиника */
            subject: string;
            /**
             * @example Здравствуйте, Анна!
             *
             *     Чтобы завершить регистрацию…
             *
             *         482913
             */
            text: string;
            /** @example <!DOCTYPE html><html lang="ru">…</html> */
            html: string;
            /**
             * Format: date-time
             * @example 2025-11-26T08:15:30.123Z
             */
            createdAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description A dependency is down; `error` names it
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    SignInHistoryController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the newest entries. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInHistoryDto"];
                };
            };
        };
    };
    RegistrationController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Field messages in `fields` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A code was mailed less than 60 s ago, or 5 in the last hour */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistrationController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmRegistrationDto"];
            };
        };
        responses: {
            /** @description Also sets the `refresh_token` cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description Wrong, expired or used code (`fields.code`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistrationController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description `retryAfterSeconds` says when to ask again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description With tokens, also sets the `refresh_token` cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResultDto"];
                };
            };
            /** @description "Wrong email or password", or sign-in blocked after 10 failures */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_secondStep: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorLoginDto"];
            };
        };
        responses: {
            /** @description Also sets the `refresh_token` cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description Wrong code, or the challenge expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description No, expired, revoked or replayed refresh token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PasswordResetController_forgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description `retryAfterSeconds` says when to ask again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PasswordResetController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong or expired code (`fields.code`), weak password (`fields.newPassword`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
        };
    };
    MeController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `fields.currentPassword` wrong, or `fields.newPassword` too weak */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeController_changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
        };
    };
    MeController_confirmEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong or expired code (`fields.code`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"][];
                };
            };
        };
    };
    SessionsController_revokeAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SessionsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such session of mine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TwoFactorController_enableEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong password (`fields.password`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TwoFactorController_setupTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetupDto"];
                };
            };
            /** @description Wrong password (`fields.password`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TwoFactorController_confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description Wrong code (`fields.code`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TwoFactorController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong password (`fields.password`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AdminAccountsController_find: {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccountDto"][];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DevMailController_list: {
        parameters: {
            query?: {
                /** @description Only mails to this address (case-insensitive). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevMailDto"][];
                };
            };
        };
    };
    DevMailController_clear: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
