import { ApiProperty } from '@nestjs/swagger';

/** The answer to requests that mail something: the same whether or not the address is known. */
export class AcceptedDto {
  @ApiProperty({ example: 'If the address can be used, a code has been sent to it.' })
  message!: string;
}
