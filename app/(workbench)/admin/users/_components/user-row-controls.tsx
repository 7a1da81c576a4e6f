"use client";

import { useState } from "react";
import { updateUserAction } from "@/lib/actions/users";
import type { UserDto } from "@/lib/db/users";

export function UserRowControls({ user, isSelf }: { user: UserDto; isSelf: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function update(patch: { role?: UserDto["role"]; disabled?: boolean }) {
    setPending(true);
    const result = await updateUserAction({ id: user.id, ...patch });
    setPending(false);
    setMessage(result.ok ? "Saved" : result.message);
  }

  return (
    <div className="flex items-center justify-end gap-2">
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        Role for {user.email}
      </label>
      <select
        id={`role-${user.id}`}
        defaultValue={user.role}
        disabled={pending || isSelf}
        onChange={(e) => update({ role: e.target.value as UserDto["role"] })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        <option value="REVIEWER">Reviewer</option>
        <option value="EDITOR">Editor</option>
        <option value="ADMIN">Admin</option>
      </select>
      <button
        type="button"
        disabled={pending || isSelf}
        onClick={() => update({ disabled: !user.disabled })}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-50"
      >
        {user.disabled ? "Enable" : "Disable"}
      </button>
      {message && (
        <span role="status" className="text-xs text-slate-600">
          {message}
        </span>
      )}
    </div>
  );
}
