import kurier from '../../examples/hochwasser-talbrueck/kurier.txt';
import rheinbote from '../../examples/hochwasser-talbrueck/rheinbote.txt';
import stadtanzeiger from '../../examples/hochwasser-talbrueck/stadtanzeiger.txt';

/** The repository's example: three invented reports of one flood that contradict each other. */
export const EXAMPLE_REPORTS = [
  { name: 'kurier.txt', text: kurier },
  { name: 'rheinbote.txt', text: rheinbote },
  { name: 'stadtanzeiger.txt', text: stadtanzeiger },
];
