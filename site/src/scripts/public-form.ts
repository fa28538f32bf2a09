/**
 * `<velkomst-form>`: the public forms, sent without leaving the page. The form works as a plain
 * HTML form without this; with it, the form asks the CMS for the signed time it was opened (so
 * it goes through in one step), sends in place, and puts the CMS's answer where the form was:
 * the same form with its error summary (focused, so it is read out), or the confirmation
 * (its heading focused). If the CMS cannot be reached from the script, the form is posted the
 * plain way instead.
 */
interface Answer {
  status?: string
  html?: unknown
  title?: unknown
}

class VelkomstForm extends HTMLElement {
  #busy = false
  #title = document.title

  connectedCallback() {
    this.addEventListener('submit', (event) => void this.#send(event))
    void this.#fetchToken()
  }

  get #form(): HTMLFormElement | null {
    return this.querySelector('form')
  }

  async #fetchToken() {
    const url = this.dataset.tokenUrl
    if (!url) return
    try {
      const res = await fetch(url, { cache: 'no-store' })
      const { token } = (await res.json()) as { token?: unknown }
      const input = this.#form?.querySelector<HTMLInputElement>('input[name="_token"]')
      if (input && !input.value && typeof token === 'string') input.value = token
    } catch {
      // Without it the CMS asks once more before keeping the submission.
    }
  }

  #announce(text: string) {
    const status = this.querySelector<HTMLElement>('[data-form-status]')
    if (status) status.textContent = text
  }

  async #send(event: SubmitEvent) {
    const form = event.target
    if (!(form instanceof HTMLFormElement) || this.#busy) return
    event.preventDefault()
    this.#busy = true
    this.#announce(this.dataset.sending ?? '')
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
    button?.setAttribute('aria-disabled', 'true')
    let answer: Answer
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(
          [...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === 'string'),
        ),
        headers: { Accept: 'application/json' },
      })
      answer = (await res.json()) as Answer
      if (typeof answer.html !== 'string') throw new Error('no answer')
    } catch {
      // Not reachable from here (offline, or another origin than the CMS expects): post it plainly.
      HTMLFormElement.prototype.submit.call(form)
      return
    } finally {
      this.#busy = false
      button?.removeAttribute('aria-disabled')
    }
    this.#announce('')
    const suffix = this.#title.includes(' · ') ? this.#title.slice(this.#title.indexOf(' · ')) : ''
    const replacement = document.createElement('div')
    replacement.innerHTML = answer.html
    if (answer.status === 'sent') replacement.className = 'form-sent'
    form.replaceWith(...(answer.status === 'sent' ? [replacement] : [...replacement.childNodes]))
    document.title = typeof answer.title === 'string' ? `${answer.title}${suffix}` : this.#title
    this.querySelector<HTMLElement>('[data-focus]')?.focus()
  }
}

export function enhanceForms() {
  if (!customElements.get('velkomst-form')) customElements.define('velkomst-form', VelkomstForm)
}
