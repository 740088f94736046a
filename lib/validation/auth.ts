import { z } from "zod";
import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/text/fields";
import { textField } from "./text";

// Shared by the forms (live feedback) and the actions (the truth). Messages are i18n keys
// under "validation.*"; the UI translates them.

export { PASSWORD_MAX, PASSWORD_MIN };

export const emailField = z
  .string()
  .max(1_000, "validation.emailTooLong")
  .trim()
  .min(1, "validation.emailRequired")
  .max(254, "validation.emailTooLong")
  .pipe(z.email("validation.emailInvalid"))
  .transform((v) => v.toLowerCase());

export const passwordField = z
  .string()
  .min(PASSWORD_MIN, "validation.passwordTooShort")
  .max(PASSWORD_MAX, "validation.passwordTooLong");

export const signUpSchema = z.object({
  name: textField({
    max: NAME_MAX,
    required: true,
    messages: { required: "validation.nameRequired", tooLong: "validation.nameTooLong" },
  }),
  email: emailField,
  password: passwordField,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "validation.passwordRequired").max(PASSWORD_MAX),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: passwordField,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordsDoNotMatch",
  });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "validation.passwordRequired").max(PASSWORD_MAX),
  newPassword: passwordField,
});
