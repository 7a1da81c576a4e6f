"use client";

import { useRef, useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { createUserAction } from "@/lib/actions/users";

type Errors = Record<string, string[]> | undefined;

export function CreateUserForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [errors, setErrors] = useState<Errors>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await createUserAction(Object.fromEntries(form));
    setPending(false);
    if (result.ok) {
      setErrors(undefined);
      setStatus({ ok: true, message: `Account created for ${result.data.email}.` });
      formRef.current?.reset();
    } else {
      setErrors(result.fieldErrors);
      setStatus({ ok: false, message: result.fieldErrors ? "Check the fields marked in red." : result.message });
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      aria-label="Create account"
    >
      <Field label="Name" name="name" error={errors?.name}>
        <input id="name" name="name" className={inputClass} autoComplete="off" />
      </Field>
      <Field label="Email" name="email" error={errors?.email}>
        <input id="email" name="email" type="email" className={inputClass} autoComplete="off" />
      </Field>
      <Field label="Role" name="role" error={errors?.role}>
        <select id="role" name="role" className={inputClass} defaultValue="REVIEWER">
          <option value="REVIEWER">Reviewer</option>
          <option value="EDITOR">Editor</option>
          <option value="ADMIN">Admin</option>
        </select>
      </Field>
      <Field label="Initial password" name="password" error={errors?.password}>
        <input id="password" name="password" type="password" className={inputClass} autoComplete="new-password" />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create account"}
        </button>
        {status && (
          <p role="status" className={`text-sm ${status.ok ? "text-emerald-700" : "text-red-700"}`}>
            {status.message}
          </p>
        )}
      </div>
    </form>
  );
}
