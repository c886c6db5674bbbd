import { createSampleProject } from '../../db/app'
import { router } from '../../state/router.svelte'
import { session } from '../../state/session.svelte'

/** Creates the Contoso sample project and opens its overview. */
export async function openSampleProject(): Promise<void> {
  const result = await session.write(
    (context) => createSampleProject(context),
    'Sample project created'
  )
  if (result.ok) router.go({ name: 'overview', projectId: result.value.id })
}
