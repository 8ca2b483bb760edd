// Opens the "Del" dialog as a native modal and wires its copy buttons. The browser makes the rest of the
// page inert and closes the dialog on Escape; we return focus to the element that opened it.

const wired = new WeakSet();

export function open(dialog) {
  const opener = document.activeElement;
  if (!wired.has(dialog)) {
    wired.add(dialog);
    const status = dialog.querySelector("[data-copy-status]");
    dialog.addEventListener("click", async (event) => {
      const target = event.target instanceof Element ? event.target.closest("button") : null;
      if (!target) {
        return;
      }
      if (target.hasAttribute("data-close")) {
        dialog.close();
        return;
      }
      const id = target.getAttribute("data-copy");
      if (id) {
        const field = dialog.querySelector(`#${CSS.escape(id)}`);
        const copied = await copy(field);
        // The page's own words, in its language (ShareDialog.razor).
        status.textContent = copied ? status.dataset.copied : status.dataset.copyFailed;
      }
    });
  }
  dialog.addEventListener("close", () => {
    if (opener instanceof HTMLElement && opener.isConnected) {
      opener.focus();
    }
  }, { once: true });
  dialog.showModal();
  dialog.querySelector("#del-lenke")?.select();
}

async function copy(field) {
  if (!field) {
    return false;
  }
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    return document.execCommand?.("copy") ?? false;
  }
}
